import { databaseAnswers } from "@/lib/site-figures";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  if (await databaseAnswers()) return Response.json({ status: "ok" }, { headers: noStore });
  return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers: noStore });
}
