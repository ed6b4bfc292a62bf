import "server-only";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER, clientIpServerRunning, limitKeyForIp } from "./client-ip";
import { getEnv } from "./env";
import { logger } from "./observability/logger.js";

let warned = false;

/**
 * The client address that server.mjs worked out from the socket and trusted
 * proxies. Without server.mjs (under `next start`) nobody vouches for the header,
 * so every client counts as "unknown" rather than as whoever they claim to be.
 */
export function clientIpFrom(list: Headers): string {
  if (!clientIpServerRunning()) {
    if (!warned && getEnv().NODE_ENV === "production") {
      warned = true;
      logger().warn("client addresses are unknown: start the site with `npm start` (server.mjs), not `next start`");
    }
    return "unknown";
  }
  return list.get(CLIENT_IP_HEADER) ?? "unknown";
}

export async function getClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/** What rate limits and flood checks count under: the address, or its /64 for IPv6. */
export async function getClientKey(): Promise<string> {
  return limitKeyForIp(await getClientIp());
}
