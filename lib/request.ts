import "server-only";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "./client-ip";

/** The client address that server.mjs worked out from the socket and trusted proxies. */
export async function getClientIp(): Promise<string> {
  return (await headers()).get(CLIENT_IP_HEADER) ?? "unknown";
}
