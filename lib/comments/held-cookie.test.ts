import { describe, expect, it } from "vitest";
import { decodeHeldIds, encodeHeldIds } from "./held-cookie";

const SECRET = "s".repeat(40);

describe("held comment cookie", () => {
  it("round-trips the ids, keeping the newest twenty without repeats", () => {
    expect(decodeHeldIds(encodeHeldIds([3, 7], SECRET), SECRET)).toEqual([3, 7]);
    const many = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(decodeHeldIds(encodeHeldIds([...many, 30], SECRET), SECRET)).toEqual(many.slice(10));
  });

  it("rejects edited, foreign or malformed values", () => {
    const value = encodeHeldIds([3], SECRET);
    expect(decodeHeldIds(value.replace(/^3/, "4"), SECRET)).toEqual([]);
    expect(decodeHeldIds(value, "another secret of enough length ......")).toEqual([]);
    expect(decodeHeldIds("3~", SECRET)).toEqual([]);
    expect(decodeHeldIds("1;drop~x", SECRET)).toEqual([]);
    expect(decodeHeldIds(undefined, SECRET)).toEqual([]);
  });
});
