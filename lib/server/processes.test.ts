import { describe, expect, it } from "vitest";
import { parseEnv } from "../env.js";
import { serverProcesses } from "./processes.js";

const url = "postgres://postgres@127.0.0.1:5432/broadsheet";

describe("how many processes npm start runs", () => {
  it("runs one per core by default on PostgreSQL, or the number asked for", () => {
    expect(serverProcesses(parseEnv({ DATABASE_URL: url }), 4)).toBe(4);
    expect(serverProcesses(parseEnv({ DATABASE_URL: url, WEB_CONCURRENCY: "auto" }), 2)).toBe(2);
    expect(serverProcesses(parseEnv({ DATABASE_URL: url, WEB_CONCURRENCY: "3" }), 2)).toBe(3);
    expect(serverProcesses(parseEnv({ DATABASE_URL: url, WEB_CONCURRENCY: "1" }), 8)).toBe(1);
  });

  it("runs one on the embedded database, which a single process owns, whatever was asked", () => {
    expect(serverProcesses(parseEnv({}), 8)).toBe(1);
    expect(serverProcesses(parseEnv({ WEB_CONCURRENCY: "4" }), 8)).toBe(1);
  });

  it("refuses a count that isn't a whole number from 1 to 64", () => {
    for (const bad of ["0", "-1", "1.5", "65", "many"]) expect(() => parseEnv({ DATABASE_URL: url, WEB_CONCURRENCY: bad })).toThrow(/WEB_CONCURRENCY/);
  });
});
