import { describe, expect, it } from "vitest";
import { sideBySide } from "./revision-diff";

const marked = (segments: { text: string; changed: boolean }[]) => segments.map((s) => (s.changed ? `[${s.text}]` : s.text)).join("");

describe("side-by-side revision diff", () => {
  it("marks removed words on the left and added words on the right", () => {
    const diff = sideBySide("The bridge opens on Monday.", "The new bridge opens on Tuesday.");
    expect(marked(diff.left)).toBe("The bridge opens on [Monday].");
    expect(marked(diff.right)).toBe("The [new ]bridge opens on [Tuesday].");
    expect(diff.changed).toBe(true);
  });

  it("keeps line breaks and reports identical texts as unchanged", () => {
    const diff = sideBySide("## One\n\nTwo", "## One\n\nTwo");
    expect(diff.changed).toBe(false);
    expect(marked(diff.right)).toBe("## One\n\nTwo");
    expect(marked(sideBySide("a\nb", "a\nc").right)).toBe("a\n[c]");
  });

  it("handles text appearing from nothing and vanishing", () => {
    expect(marked(sideBySide("", "Fresh lead").right)).toBe("[Fresh lead]");
    expect(sideBySide("Old lead", "").right).toEqual([]);
  });
});
