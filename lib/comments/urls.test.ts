import { describe, expect, it } from "vitest";
import { commentPagePath, isCommentOrder, parseCommentPage, replyPath } from "./urls";

describe("comment page addresses", () => {
  it("uses the article's own address for page 1 in the default order", () => {
    expect(commentPagePath("bus-fares", "oldest", 1, "oldest")).toBe("/posts/bus-fares");
    expect(commentPagePath("bus-fares", "newest", 1, "newest")).toBe("/posts/bus-fares");
    expect(commentPagePath("bus-fares", "oldest", 2, "oldest")).toBe("/posts/bus-fares/comments/oldest/2");
    expect(commentPagePath("bus-fares", "newest", 1, "oldest")).toBe("/posts/bus-fares/comments/newest/1");
  });

  it("accepts only plain page numbers and the two orders", () => {
    expect(parseCommentPage("2")).toBe(2);
    for (const bad of ["0", "02", "-1", "1.5", "x", "", "9999999"]) expect(parseCommentPage(bad)).toBeNull();
    expect(isCommentOrder("newest")).toBe(true);
    expect(isCommentOrder("best")).toBe(false);
  });

  it("builds reply pages", () => {
    expect(replyPath("bus-fares", 42)).toBe("/posts/bus-fares/reply/42");
  });
});
