import { describe, expect, it } from "vitest";
import { buildThreads } from "./thread";

const c = (id: number, parentId: number | null) => ({ id, parentId });

describe("buildThreads", () => {
  it("nests replies under their parents and keeps the given order", () => {
    const threads = buildThreads([c(1, null), c(2, null), c(3, 1), c(4, 3), c(5, 1)]);
    expect(threads.map((t) => t.id)).toEqual([1, 2]);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual([3, 5]);
    expect(threads[0]!.replies[0]!.replies.map((r) => r.id)).toEqual([4]);
    expect(threads[1]!.replies).toEqual([]);
  });

  it("drops replies whose parent is not in the list", () => {
    const threads = buildThreads([c(1, null), c(7, 6), c(8, 7)]);
    expect(threads.map((t) => t.id)).toEqual([1]);
    expect(threads[0]!.replies).toEqual([]);
  });

  it("handles a reply listed before its parent", () => {
    const threads = buildThreads([c(3, 1), c(1, null)]);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual([3]);
  });
});
