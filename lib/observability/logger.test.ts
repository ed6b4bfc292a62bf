import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, scrub } from "./logger.js";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level: "info", destination }), lines };
}

describe("the logger", () => {
  it("writes one JSON object per line with a level name, time and message", () => {
    const { log, lines } = capture();
    log.info({ route: "/posts/[slug]", status: 200 }, "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", route: "/posts/[slug]", status: 200 });
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("never writes the values of secret or personal keys, wherever they are", () => {
    const { log, lines } = capture();
    log.info({ email: "reader@example.com", user: { email: "a@b.org", password: "hunter22" }, headers: { cookie: "sid=1", authorization: "Bearer x" } }, "sign-in");
    const text = JSON.stringify(lines);
    expect(text).not.toContain("reader@example.com");
    expect(text).not.toContain("a@b.org");
    expect(text).not.toContain("hunter22");
    expect(text).not.toContain("sid=1");
    expect(text).not.toContain("Bearer x");
  });

  it("takes addresses and tokens out of messages and errors (a database error quotes the value it refused)", () => {
    const { log, lines } = capture();
    const error = Object.assign(new Error('duplicate key value violates unique constraint: Key (email)=(Jo.Reader+news@example.co.uk) already exists'), {
      detail: "Key (email)=(jo@example.com) already exists.",
    });
    log.error({ err: error }, "sign-up for jo@example.com failed at /reset?token=abc123&x=1");
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/example\.co|abc123/);
    expect(lines[0]!.msg).toBe("sign-up for [email] failed at /reset?token=[redacted]&x=1");
    expect((lines[0]!.err as { message: string }).message).toContain("Key (email)=([email])");
  });

  it("scrubs international addresses too", () => {
    expect(scrub("write to josé@correo.es or ünal@örnek.com.tr")).toBe("write to [email] or [email]");
  });
});

describe("console output from Next.js and libraries", () => {
  it("leaves the process as JSON lines, errors serialized and scrubbed", async () => {
    const { routeConsoleToLogger } = await import("./logger.js");
    const { log, lines } = capture();
    const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    try {
      routeConsoleToLogger(log);
      console.log("✓ Running next.config.js took %d ms", 18);
      console.error("render failed for", new Error("no row for reader@example.com"));
    } finally {
      Object.assign(console, saved);
    }
    expect(lines[0]).toMatchObject({ level: "info", msg: "Running next.config.js took 18 ms" });
    expect(lines[1]).toMatchObject({ level: "error", msg: "render failed for" });
    expect(JSON.stringify(lines[1])).not.toContain("reader@example.com");
  });
});
