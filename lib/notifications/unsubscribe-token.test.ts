import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, readUnsubscribeToken, UNSUBSCRIBE_LINK_LIFETIME_MS } from "./unsubscribe-token";

const secret = "unit-test-secret-0123456789abcdefghij";
const who = { userId: "4f1c2a9e-1b2c-4d5e-8f90-123456789abc", kind: "comment-held" as const };

describe("unsubscribe tokens", () => {
  it("read back what they were made for", () => {
    expect(readUnsubscribeToken(createUnsubscribeToken(who, secret), secret)).toEqual(who);
  });

  it("refuse anything altered, signed with another key, expired, or not a string", () => {
    const token = createUnsubscribeToken(who, secret);
    expect(readUnsubscribeToken(token.replace("comment-held", "comment-on-my-post"), secret)).toBeNull();
    expect(readUnsubscribeToken(token.replace(who.userId, "00000000-0000-4000-8000-000000000000"), secret)).toBeNull();
    expect(readUnsubscribeToken(token, "another-secret-0123456789abcdefghijkl")).toBeNull();
    expect(readUnsubscribeToken(token, secret, Date.now() + UNSUBSCRIBE_LINK_LIFETIME_MS + 2_000)).toBeNull();
    expect(readUnsubscribeToken(`${token}x`, secret)).toBeNull();
    expect(readUnsubscribeToken(undefined, secret)).toBeNull();
    expect(readUnsubscribeToken("a".repeat(500), secret)).toBeNull();
  });
});
