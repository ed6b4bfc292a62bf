import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, markClientIpServer } from "./client-ip";
import { clientIpFrom } from "./request";

describe("clientIpFrom", () => {
  it("ignores a client-address header nobody vouched for (the app runs without server.mjs), then trusts server.mjs's", () => {
    const forged = new Headers({ [CLIENT_IP_HEADER]: "10.9.8.7" });
    expect(clientIpFrom(forged)).toBe("unknown");
    markClientIpServer();
    expect(clientIpFrom(forged)).toBe("10.9.8.7");
  });
});
