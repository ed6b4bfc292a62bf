import { describe, expect, it } from "vitest";
import { authTrustsRequestHost, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database in .data", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.BROADSHEET_DATA_DIR).toBe(".data");
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3210" }).SITE_URL).toBe("http://localhost:3210");
  });

  it("lets Auth.js take the host from requests only behind a declared proxy", () => {
    expect(authTrustsRequestHost(parseEnv({}))).toBe(false);
    expect(authTrustsRequestHost(parseEnv({ TRUSTED_PROXY_HOPS: "1" }))).toBe(true);
    expect(authTrustsRequestHost(parseEnv({ TRUSTED_PROXY_HOPS: "1", AUTH_TRUST_HOST: "false" }))).toBe(false);
  });

  it("checks the list of trusted proxies", () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, nonsense" })).toThrow(/TRUSTED_PROXIES/);
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, ::1" }).TRUSTED_PROXIES).toBe("10.0.0.0/8, ::1");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it("says which variable is wrong and how", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(() => parseEnv({ SITE_TIME_ZONE: "Mars/Olympus" })).toThrow(/SITE_TIME_ZONE/);
  });
});
