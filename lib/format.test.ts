import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, pluralize } from "./format";

describe("formatting", () => {
  it("formats dates in the site's time zone", () => {
    expect(formatDate("2026-11-27T23:30:00Z", "UTC")).toBe("27 November 2026");
    expect(formatDate("2026-11-27T23:30:00Z", "Asia/Tokyo")).toBe("28 November 2026");
    expect(formatDateTime("2026-06-01T08:05:00Z", "Europe/London")).toBe("1 June 2026 at 09:05");
  });

  it("pluralizes counts", () => {
    expect(pluralize(0, "comment", "comments")).toBe("0 comments");
    expect(pluralize(1, "comment", "comments")).toBe("1 comment");
    expect(pluralize(1200, "comment", "comments")).toBe("1,200 comments");
  });
});
