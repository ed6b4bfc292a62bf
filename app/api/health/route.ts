import { pingDatabase } from "@/db/queries/health";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  try {
    await pingDatabase(getDb());
    return Response.json({ status: "ok" }, { headers: noStore });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers: noStore });
  }
}
