import { describe, expect, it } from "vitest";
import { wasUpdated } from "./updated";

describe("updated date", () => {
  it("shows only for saves more than a minute after first publication", () => {
    expect(wasUpdated("2026-11-28T09:00:00Z", "2026-11-28T09:00:30Z")).toBe(false);
    expect(wasUpdated("2026-11-28T09:00:00Z", "2026-11-28T09:05:00Z")).toBe(true);
    // A scheduled post saved before it went out has not been updated since.
    expect(wasUpdated("2026-11-29T09:00:00Z", "2026-11-28T09:00:00Z")).toBe(false);
  });
});
