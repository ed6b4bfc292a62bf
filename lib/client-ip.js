// The client's address for rate limits and moderation. X-Forwarded-For is
// believed only as far as the operator says proxies sit in front of the app;
// otherwise anyone could claim any address by sending the header themselves.

/**
 * @param {{ peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number }} input
 * @returns {string}
 */
export function resolveClientIp({ peer, forwardedFor, trustedHops }) {
  const socketAddress = normalizeIp(peer) ?? "unknown";
  if (trustedHops <= 0 || !forwardedFor) return socketAddress;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Each trusted proxy appended the address it saw; the client is the entry the
  // outermost trusted proxy added. Anything further left is client-supplied.
  const index = hops.length - trustedHops;
  const candidate = index >= 0 ? normalizeIp(hops[index]) : undefined;
  return candidate ?? socketAddress;
}

/**
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
export function normalizeIp(value) {
  if (!value) return undefined;
  let ip = value.trim();
  if (ip.startsWith("[") && ip.includes("]")) ip = ip.slice(1, ip.indexOf("]"));
  if (ip.startsWith("::ffff:") && ip.includes(".")) ip = ip.slice(7);
  // IPv4 with a port ("1.2.3.4:5678")
  if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.indexOf(":"));
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) {
    return ip.split(".").every((octet) => Number(octet) <= 255) ? ip : undefined;
  }
  if (/^[0-9a-f:]+$/i.test(ip) && ip.includes(":") && ip.length <= 39) return ip.toLowerCase();
  return undefined;
}

export const CLIENT_IP_HEADER = "x-broadsheet-client-ip";
