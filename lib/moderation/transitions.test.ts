import { describe, expect, it } from "vitest";
import { actionsFor, applyAction } from "./transitions";

const at = (status: "pending" | "approved" | "spam" | "trash", previousStatus: "pending" | "approved" | "spam" | "trash" | null = null) => ({
  status,
  previousStatus,
});

describe("moderation transitions", () => {
  it("approves held comments and unapproves published ones, nothing else", () => {
    expect(applyAction("approve", at("pending"))).toEqual(at("approved"));
    expect(applyAction("approve", at("approved"))).toBeNull();
    expect(applyAction("approve", at("spam"))).toBeNull();
    expect(applyAction("unapprove", at("approved"))).toEqual(at("pending"));
    expect(applyAction("unapprove", at("pending"))).toBeNull();
  });

  it("remembers where spam came from and puts it back", () => {
    expect(applyAction("spam", at("approved"))).toEqual(at("spam", "approved"));
    expect(applyAction("not-spam", at("spam", "approved"))).toEqual(at("approved"));
    expect(applyAction("not-spam", at("spam"))).toEqual(at("pending"));
    expect(applyAction("spam", at("spam"))).toBeNull();
    expect(applyAction("not-spam", at("pending"))).toBeNull();
  });

  it("remembers where trash came from and restores it; spam from the trash keeps the original", () => {
    expect(applyAction("trash", at("pending"))).toEqual(at("trash", "pending"));
    expect(applyAction("restore", at("trash", "pending"))).toEqual(at("pending"));
    expect(applyAction("trash", at("spam"))).toEqual(at("trash", "spam"));
    // Spam restored from the trash comes back as held, never published unseen.
    expect(applyAction("restore", at("trash", "spam"))).toEqual(at("pending"));
    expect(applyAction("spam", at("trash", "approved"))).toEqual(at("spam", "approved"));
    expect(applyAction("restore", at("approved"))).toBeNull();
  });

  it("deletes for good from spam or trash only", () => {
    expect(applyAction("delete", at("spam"))).toBe("deleted");
    expect(applyAction("delete", at("trash"))).toBe("deleted");
    expect(applyAction("delete", at("approved"))).toBeNull();
    expect(applyAction("delete", at("pending"))).toBeNull();
  });

  it("offers each status its actions", () => {
    expect(actionsFor("pending")).toEqual(["approve", "spam", "trash"]);
    expect(actionsFor("approved")).toEqual(["unapprove", "spam", "trash"]);
    expect(actionsFor("spam")).toEqual(["not-spam", "trash", "delete"]);
    expect(actionsFor("trash")).toEqual(["spam", "restore", "delete"]);
  });
});
