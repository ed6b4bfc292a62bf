import { getEnv } from "@/lib/env";
import { metricsAccessAllowed } from "@/lib/observability/metrics.js";
import { scrapeMetrics } from "@/lib/observability/scrape";
import { clientIpFrom } from "@/lib/request";

export const dynamic = "force-dynamic";

/**
 * Prometheus scrape endpoint: this server's request durations, cache outcomes,
 * invalidation lag and memory, plus the work waiting in the shared database.
 * Only for METRICS_ALLOW addresses or the METRICS_TOKEN bearer; everyone else
 * gets the same 404 as any unknown address.
 */
export async function GET(request: Request) {
  const allowed = metricsAccessAllowed(getEnv(), { ip: clientIpFrom(request.headers), authorization: request.headers.get("authorization") });
  if (!allowed) return new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { text, contentType } = await scrapeMetrics();
  return new Response(text, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
