import { describe, expect, it } from "vitest";
import { normalizeIp, resolveClientIp } from "./client-ip";

describe("resolveClientIp", () => {
  it("uses the socket address when no proxy is trusted, whatever the header claims", () => {
    expect(resolveClientIp({ peer: "203.0.113.7", forwardedFor: "198.51.100.1", trustedHops: 0 })).toBe("203.0.113.7");
  });

  it("takes the address the trusted proxy appended, ignoring what the client put before it", () => {
    expect(
      resolveClientIp({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.23", trustedHops: 1 }),
    ).toBe("198.51.100.23");
  });

  it("counts several trusted hops from the right", () => {
    expect(
      resolveClientIp({ peer: "10.0.0.2", forwardedFor: ["6.6.6.6, 198.51.100.23", "192.0.2.9"], trustedHops: 2 }),
    ).toBe("198.51.100.23");
  });

  it("falls back to the socket address when the header is missing, short or garbage", () => {
    expect(resolveClientIp({ peer: "10.0.0.2", forwardedFor: undefined, trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientIp({ peer: "10.0.0.2", forwardedFor: "198.51.100.1", trustedHops: 3 })).toBe("10.0.0.2");
    expect(resolveClientIp({ peer: "10.0.0.2", forwardedFor: "<script>", trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientIp({ peer: undefined, forwardedFor: undefined, trustedHops: 0 })).toBe("unknown");
  });
});

describe("normalizeIp", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["203.0.113.9:51234", "203.0.113.9"],
    ["::1", "::1"],
  ])("%s → %s", (input, expected) => expect(normalizeIp(input)).toBe(expected));

  it.each(["999.1.1.1", "example.com", "1.2.3", "", "1.2.3.4; drop table"])("rejects %j", (input) =>
    expect(normalizeIp(input)).toBeUndefined(),
  );
});
