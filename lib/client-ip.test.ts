import { describe, expect, it } from "vitest";
import { limitKeyForIp, normalizeIp, parseProxyList, resolveClientIp } from "./client-ip";

const loopback = parseProxyList("127.0.0.1/8, ::1");
const resolve = (peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number, proxies = loopback) =>
  resolveClientIp({ peer, forwardedFor, trustedHops, trustedProxies: proxies });

describe("resolveClientIp", () => {
  it("uses the socket address when no proxy is trusted, whatever the header claims", () => {
    expect(resolve("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
  });

  it("takes the address the trusted proxy appended, ignoring what the client put before it", () => {
    expect(resolve("127.0.0.1", "6.6.6.6, 198.51.100.23", 1)).toBe("198.51.100.23");
  });

  it("ignores X-Forwarded-For from a connection that is not one of the configured proxies", () => {
    expect(resolve("203.0.113.50", "1.2.3.4", 1)).toBe("203.0.113.50");
    expect(resolve("::ffff:203.0.113.50", "1.2.3.4", 2)).toBe("203.0.113.50");
  });

  it("walks several trusted hops from the right, stopping at the first untrusted one", () => {
    const proxies = parseProxyList("10.0.0.0/8");
    expect(resolve("10.0.0.2", ["6.6.6.6, 198.51.100.23", "10.0.0.9"], 2, proxies)).toBe("198.51.100.23");
    expect(resolve("10.0.0.2", "6.6.6.6, 198.51.100.23, 10.0.0.9", 5, proxies)).toBe("198.51.100.23");
  });

  it("accepts IPv6 proxies and clients", () => {
    expect(resolve("::1", "2001:db8::7", 1)).toBe("2001:db8::7");
  });

  it("falls back to the nearest believable address when the header is missing, short or garbage", () => {
    expect(resolve("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "<script>", 1)).toBe("127.0.0.1");
    expect(resolve(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("normalizeIp", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["203.0.113.9:51234", "203.0.113.9"],
    ["::1", "::1"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
  ])("%s → %s", (input, expected) => expect(normalizeIp(input)).toBe(expected));

  it.each(["999.1.1.1", "example.com", "1.2.3", "", "1.2.3.4; drop table", "0x7f.1", "127.1"])("rejects %j", (input) =>
    expect(normalizeIp(input)).toBeUndefined(),
  );
});

describe("limitKeyForIp", () => {
  it("keys IPv6 addresses by their /64, so one subscriber's block is one client", () => {
    expect(limitKeyForIp("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(limitKeyForIp("2001:db8:1:2::1")).toBe(limitKeyForIp("2001:db8:1:2:ffff::9"));
    expect(limitKeyForIp("2001:db8:1:3::1")).not.toBe(limitKeyForIp("2001:db8:1:2::1"));
  });

  it("keeps IPv4 addresses whole", () => {
    expect(limitKeyForIp("203.0.113.9")).toBe("203.0.113.9");
    expect(limitKeyForIp("unknown")).toBe("unknown");
  });
});
