import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./secret";

describe("resolveAuthSecret", () => {
  it("uses AUTH_SECRET when set", () => {
    expect(resolveAuthSecret({ AUTH_SECRET: "x".repeat(40), BROADSHEET_DATA_DIR: "/nonexistent" })).toBe("x".repeat(40));
  });

  it("refuses to invent a secret for PostgreSQL, where servers must share one", () => {
    expect(() =>
      resolveAuthSecret({ DATABASE_URL: "postgres://localhost/x", BROADSHEET_DATA_DIR: "/nonexistent" }),
    ).toThrow(/AUTH_SECRET must be set/);
  });

  it("creates one secret under the data folder for the embedded default and keeps it", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "secret-")), "nested", "data");
    const first = resolveAuthSecret({ BROADSHEET_DATA_DIR: dir });
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(resolveAuthSecret({ BROADSHEET_DATA_DIR: dir })).toBe(first);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(first);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
  });
});
