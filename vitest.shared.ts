import path from "node:path";

/** What both Vitest configs share: the "@/" alias, and "server-only" as a no-op outside Next. */
export const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
  },
};
