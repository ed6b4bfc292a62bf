export async function register() {
  // The build imports this file too; it must never open the database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") {
    return;
  }
  const { prepareDatabaseOnStart } = await import("./lib/startup");
  await prepareDatabaseOnStart();
  const { getEnv } = await import("./lib/env");
  if (getEnv().BROADSHEET_JOBS === "on") {
    const { startJobScheduler } = await import("./lib/jobs/scheduler");
    startJobScheduler();
  }
}
