import type * as fsModule from "node:fs";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const written: string[] = [];
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof fsModule>();
  return {
    ...fs,
    writeFileSync: (file: string, ...rest: unknown[]) => {
      written.push(path.basename(file));
      return (fs.writeFileSync as (...args: unknown[]) => void)(file, ...rest);
    },
  };
});

const { readOutbox, writeToOutbox } = await import("./outbox");

describe("the mail outbox", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "outbox-"));
  afterEach(() => {
    written.length = 0;
  });

  it("never writes a message's file in place, so a reader polling the folder can't catch it half-written", () => {
    const name = writeToOutbox(dir, { to: "Reader@example.com", subject: "Hi", text: "x".repeat(100_000), sentAt: new Date().toISOString() }, Buffer.from("raw"));
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((file) => file.endsWith(".json") || file.endsWith(".eml"))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual([`${name}.eml`, `${name}.json`]);
    expect(readOutbox(dir, "reader@example.com")).toMatchObject([{ subject: "Hi" }]);
    rmSync(dir, { recursive: true, force: true });
  });
});
