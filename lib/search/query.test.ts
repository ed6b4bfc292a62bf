import { describe, expect, it } from "vitest";
import { cleanQuery, decodeSearchCursor, encodeSearchCursor, snippetHtml } from "./query";

describe("site search input and output", () => {
  it("turns any input into a short plain query", () => {
    expect(cleanQuery("  night\u0000 buses\n\t")).toBe("night buses");
    expect(cleanQuery("x".repeat(10_000))).toHaveLength(200);
    expect(cleanQuery(undefined)).toBe("");
    expect(cleanQuery(["a"])).toBe("");
    expect(cleanQuery('"unbalanced')).toBe('"unbalanced');
  });

  it("round-trips both kinds of cursor and refuses anything else", () => {
    const newest = { order: "newest" as const, at: new Date("2026-11-30T10:00:00.123Z"), id: 42 };
    expect(decodeSearchCursor(encodeSearchCursor(newest), "newest")).toEqual(newest);
    const relevance = { order: "relevance" as const, rank: 0.0833333, id: 7 };
    expect(decodeSearchCursor(encodeSearchCursor(relevance), "relevance")).toEqual(relevance);
    expect(decodeSearchCursor(encodeSearchCursor(relevance), "newest")).toBeNull();
    for (const bad of ["", "n-1", "r1e999-1", "n1-99999999999", "x".repeat(100), null, 5]) expect(decodeSearchCursor(bad, "newest")).toBeNull();
  });

  it("escapes the passage, drops Markdown signs and marks the matches", () => {
    expect(snippetHtml("## The \u0001bus\u0002 <script>alert(1)</script> [timetable](http://x) **now**")).toBe(
      "The <mark>bus</mark> &lt;script&gt;alert(1)&lt;/script&gt; timetable now",
    );
  });
});
