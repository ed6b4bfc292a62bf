import { describe, expect, it } from "vitest";
import { commentsByDay, formatDuration, lastDays, lastWeeks, postsByWeek } from "./series";

describe("dashboard series", () => {
  it("lists the last days and weeks, oldest first, weeks starting on Monday (UTC)", () => {
    const now = new Date("2026-11-30T10:00:00Z"); // a Monday
    expect(lastDays(now, 3)).toEqual(["2026-11-28", "2026-11-29", "2026-11-30"]);
    expect(lastDays(new Date("2026-03-01T00:30:00Z"), 2)).toEqual(["2026-02-28", "2026-03-01"]);
    expect(lastWeeks(now, 2)).toEqual(["2026-11-23", "2026-11-30"]);
    expect(lastWeeks(new Date("2026-12-06T23:00:00Z"), 1)).toEqual(["2026-11-30"]);
  });

  it("fills days without comments with zeros and ignores statuses it doesn't chart", () => {
    const series = commentsByDay(["2026-11-29", "2026-11-30"], [
      { day: "2026-11-30", status: "approved", n: 4 },
      { day: "2026-11-30", status: "spam", n: 2 },
      { day: "2026-11-30", status: "approved", n: 1 },
      { day: "2026-11-30", status: "deleted", n: 9 },
      { day: "2026-10-01", status: "approved", n: 7 },
    ]);
    expect(series).toEqual([
      { day: "2026-11-29", counts: { approved: 0, pending: 0, spam: 0, trash: 0 }, total: 0 },
      { day: "2026-11-30", counts: { approved: 5, pending: 0, spam: 2, trash: 0 }, total: 7 },
    ]);
    expect(postsByWeek(["2026-11-23", "2026-11-30"], [{ week: "2026-11-30", n: 3 }])).toEqual([
      { week: "2026-11-23", n: 0 },
      { week: "2026-11-30", n: 3 },
    ]);
  });

  it("says durations the way people do", () => {
    expect([formatDuration(-5), formatDuration(44.6), formatDuration(720), formatDuration(3 * 3600 + 300), formatDuration(7200), formatDuration(50 * 3600)]).toEqual([
      "0 s",
      "45 s",
      "12 min",
      "3 h 5 min",
      "2 h",
      "2 days 2 h",
    ]);
  });
});
