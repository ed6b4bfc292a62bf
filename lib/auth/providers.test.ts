import { describe, expect, it } from "vitest";
import { enabledOAuthProviders, verifiedEmailOf } from "./providers";

describe("OAuth providers", () => {
  it("are off unless both id and secret are set", () => {
    expect(enabledOAuthProviders({})).toEqual([]);
    expect(enabledOAuthProviders({ AUTH_GITHUB_ID: "id" })).toEqual([]);
    expect(enabledOAuthProviders({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s", AUTH_GOOGLE_ID: "g" })).toEqual([
      { id: "github", name: "GitHub" },
    ]);
    expect(
      enabledOAuthProviders({ AUTH_GITHUB_ID: "a", AUTH_GITHUB_SECRET: "b", AUTH_GOOGLE_ID: "c", AUTH_GOOGLE_SECRET: "d" }).map((p) => p.id),
    ).toEqual(["github", "google"]);
  });

  it("trust a Google address only when Google marks it verified", () => {
    expect(verifiedEmailOf("google", { email: "a@example.com", email_verified: true })).toBe("a@example.com");
    expect(verifiedEmailOf("google", { email: "a@example.com", email_verified: false })).toBeNull();
    expect(verifiedEmailOf("google", { email: "a@example.com" })).toBeNull();
    expect(verifiedEmailOf("github", { email: "b@example.com" })).toBe("b@example.com");
    expect(verifiedEmailOf("github", { email: null })).toBeNull();
  });
});
