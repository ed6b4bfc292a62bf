import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "./test-database";

describe("testDatabaseUrl", () => {
  it("falls back to PGlite when no URL is given", () => {
    expect(testDatabaseUrl("e2e", "")).toBeNull();
  });

  it("derives one database per suite on a local server", () => {
    expect(testDatabaseUrl("e2e", "postgres://postgres@127.0.0.1:5432/broadsheet_test")).toBe(
      "postgres://postgres@127.0.0.1:5432/broadsheet_test_e2e",
    );
    expect(testDatabaseUrl("integration", "postgresql://u:p@localhost/x")).toBe(
      "postgresql://u:p@localhost/x_integration",
    );
  });

  it.each(["postgres://postgres@db.example.com/test", "postgres://postgres@10.0.0.5/test"])(
    "refuses the non-local host in %s",
    (url) => {
      expect(() => testDatabaseUrl("e2e", url)).toThrow(/non-local/);
    },
  );

  it("refuses a URL that is not PostgreSQL", () => {
    expect(() => testDatabaseUrl("e2e", "mysql://root@127.0.0.1/test")).toThrow(/postgres:\/\//);
  });
});
