import { describe, expect, it } from "vitest";
import { decodeOwnIds, encodeOwnIds } from "./own-comments-cookie";

const SECRET = "s".repeat(40);

describe("held comment cookie", () => {
  it("round-trips the ids, keeping the newest twenty without repeats", () => {
    expect(decodeOwnIds(encodeOwnIds([3, 7], SECRET), SECRET)).toEqual([3, 7]);
    const many = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(decodeOwnIds(encodeOwnIds([...many, 30], SECRET), SECRET)).toEqual(many.slice(10));
  });

  it("rejects edited, foreign or malformed values", () => {
    const value = encodeOwnIds([3], SECRET);
    expect(decodeOwnIds(value.replace(/^3/, "4"), SECRET)).toEqual([]);
    expect(decodeOwnIds(value, "another secret of enough length ......")).toEqual([]);
    expect(decodeOwnIds("3~", SECRET)).toEqual([]);
    expect(decodeOwnIds("1;drop~x", SECRET)).toEqual([]);
    expect(decodeOwnIds(undefined, SECRET)).toEqual([]);
  });
});
