import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("keyset cursors", () => {
  it("round-trips a timestamp and id", () => {
    const cursor = { at: new Date("2026-11-27T10:15:30.123Z"), id: 42 };
    const encoded = encodeCursor(cursor);
    expect(encoded).toBe("1795774530123-42");
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it.each(["", "latest", "abc-1", "1-", "-1", "1-2-3", "1.5-2", "99999999999999999-1", "1-99999999999"])(
    "rejects %j",
    (value) => expect(decodeCursor(value)).toBeNull(),
  );
});
