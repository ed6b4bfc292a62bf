// The client's address for rate limits and moderation. A forwarded address
// (X-Forwarded-For) is believed only when it was handed over by a proxy the
// operator named (TRUSTED_PROXIES), and only for as many hops as they said
// (TRUSTED_PROXY_HOPS); otherwise anyone could claim any address by sending the
// header themselves. server.mjs works it out from the socket for every request.
import ipaddr from "ipaddr.js";

export const CLIENT_IP_HEADER = "x-broadsheet-client-ip";

// Set by server.mjs, which overwrites the header above on every request. Without
// it (`next start`, say) the header may come from the client and means nothing.
const SERVER_MARK = Symbol.for("broadsheet.client-ip-server");

export function markClientIpServer() {
  /** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis))[SERVER_MARK] = true;
}

/** @returns {boolean} */
export function clientIpServerRunning() {
  return /** @type {Record<symbol, boolean | undefined>} */ (/** @type {unknown} */ (globalThis))[SERVER_MARK] === true;
}

/**
 * @param {string | undefined} value
 * @returns {string | undefined} the address in canonical form, or undefined when it is not one
 */
export function normalizeIp(value) {
  if (!value) return undefined;
  let text = value.trim();
  if (text.startsWith("[") && text.includes("]")) text = text.slice(1, text.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.indexOf(":"));
  if (!ipaddr.isValid(text) || (!text.includes(":") && !ipaddr.IPv4.isValidFourPartDecimal(text))) return undefined;
  const address = ipaddr.process(text);
  return address.toString();
}

/**
 * Parses "10.0.0.0/8, ::1, 192.0.2.7" into ranges; a bare address is a range of one.
 * @param {string} list
 * @returns {Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>}
 */
export function parseProxyList(list) {
  return list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      if (item.includes("/")) return ipaddr.parseCIDR(item);
      const address = ipaddr.parse(item);
      return /** @type {[ipaddr.IPv4 | ipaddr.IPv6, number]} */ ([address, address.kind() === "ipv4" ? 32 : 128]);
    });
}

/**
 * Whether the socket's peer is one of the configured proxies.
 * @param {string | undefined} peer
 * @param {Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>} proxies
 */
export function isTrustedPeer(peer, proxies) {
  const address = normalizeIp(peer);
  return address !== undefined && isTrustedProxy(address, proxies);
}

/**
 * @param {string} address canonical, as normalizeIp returns it
 * @param {Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>} proxies
 */
function isTrustedProxy(address, proxies) {
  const parsed = ipaddr.parse(address);
  return proxies.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits));
}

/**
 * Walks back from the socket through X-Forwarded-For: each address is believed
 * only if the one after it is a trusted proxy, for at most `trustedHops` steps.
 *
 * @param {{ peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number, trustedProxies: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> }} input
 * @returns {string}
 */
export function resolveClientIp({ peer, forwardedFor, trustedHops, trustedProxies }) {
  let client = normalizeIp(peer);
  if (!client) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  for (let step = 0; step < trustedHops && hops.length > 0; step++) {
    if (!isTrustedProxy(client, trustedProxies)) break;
    const previous = normalizeIp(hops.pop());
    if (!previous) break;
    client = previous;
  }
  return client;
}

/**
 * The key that limits and flood checks count under: an IPv4 address itself, an
 * IPv6 address by its /64, since one subscriber usually holds a whole /64.
 *
 * @param {string} ip canonical address, or "unknown"
 * @returns {string}
 */
export function limitKeyForIp(ip) {
  if (!ip.includes(":") || !ipaddr.IPv6.isValid(ip)) return ip;
  const parts = ipaddr.IPv6.parse(ip).parts.slice(0, 4).concat([0, 0, 0, 0]);
  return `${new ipaddr.IPv6(parts).toString()}/64`;
}
