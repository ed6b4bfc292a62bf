import { describe, expect, it } from "vitest";
import { heldChoiceLabel, heldChoiceOf, heldChoices, parseHeldChoice } from "./held-choice";

describe("how a moderator hears of held comments", () => {
  it("reads every offered choice back as what it stores, and labels it", () => {
    for (const choice of heldChoices) {
      const stored = parseHeldChoice(choice)!;
      expect(heldChoiceOf(stored.mode, stored.digestMinutes)).toBe(choice);
    }
    expect(heldChoices.map(heldChoiceLabel)).toEqual(["Each one as it is held", "A digest every 15 minutes", "A digest every hour", "A digest every 4 hours", "A digest every day", "None"]);
  });

  it("defaults to each one, and reads an interval no longer offered as the next longer one", () => {
    expect(heldChoiceOf(undefined, undefined)).toBe("each");
    expect(heldChoiceOf("digest", 30)).toBe("digest-60");
    expect(heldChoiceOf("digest", 5000)).toBe("digest-1440");
    expect(heldChoiceOf("digest", null)).toBe("digest-60");
  });

  it("refuses anything not offered", () => {
    for (const value of ["digest-1", "digest-", "on", "", null, 60, "each ", "digest-60\u0000", "x".repeat(10_000)]) expect(parseHeldChoice(value)).toBeNull();
  });
});
