import { describe, expect, it } from "vitest";
import { createSubscriptionToken, readSubscriptionToken } from "./subscription-token";

const secret = "unit-test-secret-0123456789abcdefghij";

describe("reply subscription tokens", () => {
  it("read back only for the action they were made for", () => {
    const stop = createSubscriptionToken("stop", 42, secret);
    const all = createSubscriptionToken("stop-all", 42, secret);
    expect(readSubscriptionToken("stop", stop, secret)).toBe(42);
    expect(readSubscriptionToken("stop-all", all, secret)).toBe(42);
    // A link that stops one thread can't be turned into one that stops every thread, or confirm anything.
    expect(readSubscriptionToken("stop-all", stop, secret)).toBeNull();
    expect(readSubscriptionToken("stop", all, secret)).toBeNull();
    expect(readSubscriptionToken("confirm", stop, secret)).toBeNull();
  });

  it("expire, and refuse other secrets and altered ids", () => {
    const now = Date.now();
    const confirm = createSubscriptionToken("confirm", 7, secret, now);
    expect(readSubscriptionToken("confirm", confirm, secret, now + 6 * 86_400_000)).toBe(7);
    expect(readSubscriptionToken("confirm", confirm, secret, now + 8 * 86_400_000)).toBeNull();
    expect(readSubscriptionToken("confirm", confirm, "another-secret-0123456789abcdefghijkl", now)).toBeNull();
    expect(readSubscriptionToken("confirm", confirm.replace(/^s7/, "s8"), secret, now)).toBeNull();
  });
});
