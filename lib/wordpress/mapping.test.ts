import { describe, expect, it } from "vitest";
import {
  commenterIp,
  commenterUrl,
  commentStatusFrom,
  decodePercent,
  legacyLookupPath,
  legacyPostPaths,
  pathOnSite,
  postSlugFrom,
  postStatusFrom,
  wordpressDate,
  wordpressPostId,
} from "./mapping";

describe("WordPress to Broadsheet", () => {
  it("maps post statuses to the nearest one, and leaves out what is not a post of its own", () => {
    expect(["publish", "future", "draft", "pending", "private", "trash"].map(postStatusFrom)).toEqual([
      "published",
      "scheduled",
      "draft",
      "pending",
      "unpublished",
      "trash",
    ]);
    expect(postStatusFrom("auto-draft")).toBeNull();
    expect(postStatusFrom("inherit")).toBeNull();
  });

  it("maps comment statuses", () => {
    expect(["1", "0", "spam", "trash", "post-trashed", "hold", "approve"].map(commentStatusFrom)).toEqual([
      "approved",
      "pending",
      "spam",
      "trash",
      "trash",
      "pending",
      "approved",
    ]);
    expect(commentStatusFrom("weird")).toBeNull();
  });

  it("reads the GMT date first, the local one when GMT is blank or zero", () => {
    expect(wordpressDate("2024-02-05 15:59:12", "2024-02-05 17:59:12")?.toISOString()).toBe("2024-02-05T15:59:12.000Z");
    expect(wordpressDate("0000-00-00 00:00:00", "2008-10-17 04:33:51")?.toISOString()).toBe("2008-10-17T04:33:51.000Z");
    expect(wordpressDate("", "nonsense")).toBeNull();
    expect(wordpressDate("2024-02-31 10:00:00", "")).not.toBeNull();
  });

  it("keeps WordPress slugs, decodes non-ASCII ones, and falls back to the title", () => {
    expect(postSlugFrom({ postName: "list", title: "List", postId: "19" })).toBe("list");
    expect(postSlugFrom({ postName: "caf%c3%a9-opens", title: "x", postId: "1" })).toBe("cafe-opens");
    expect(postSlugFrom({ postName: "", title: "Worth A Thousand Words", postId: "" })).toBe("worth-a-thousand-words");
    expect(postSlugFrom({ postName: "%e6%97%a5%e6%9c%ac", title: "日本", postId: "7" })).toBe("post-7");
  });

  it("finds the WordPress id in older exports' links", () => {
    expect(wordpressPostId({ postId: "", link: "https://wp-themes.com/?p=19", guid: "" })).toBe("19");
    expect(wordpressPostId({ postId: "42", link: "", guid: "" })).toBe("42");
  });

  it("lists every address WordPress answered for a post", () => {
    const paths = legacyPostPaths({ link: "https://news.example/2024/02/05/list/", postName: "list" }, "19", new Date("2024-02-05T15:59:12Z"), "https://news.example");
    expect(paths.sort()).toEqual(["/2024/02/05/list", "/2024/02/list", "/?p=19", "/list"].sort());
    expect(legacyPostPaths({ link: "https://elsewhere.example/x/", postName: "" }, "3", null, "https://news.example")).toEqual(["/?p=3"]);
    expect(pathOnSite("https://www.news.example/blog/2020/01/a/", "https://news.example/blog")).toBe("/2020/01/a");
  });

  it("looks old addresses up the same way whichever encoding they arrive in", () => {
    expect(legacyLookupPath(["2024", "02", "05", "List"])).toBe("/2024/02/05/list");
    expect(legacyLookupPath(["caf%C3%A9"])).toBe(legacyLookupPath(["café"]));
    expect(legacyLookupPath(["wordpress-query", "p", "19"])).toBe("/?p=19");
    expect(legacyLookupPath(["wordpress-query", "evil", "1"])).toBeNull();
    expect(legacyLookupPath(Array.from({ length: 40 }, () => "a"))).toBeNull();
    // Broken escapes are kept as they came, never an error.
    expect(decodePercent("%E0%A4%A")).toBe("%E0%A4%A");
    expect(legacyLookupPath(["%E0%A4%A"])).toBe("/%25e0%25a4%25a");
  });

  it("keeps only web addresses and IP addresses that are what they claim", () => {
    expect(commenterUrl("javascript:alert(1)")).toBeNull();
    expect(commenterUrl("http://www.wordpress.org")).toBe("http://www.wordpress.org");
    expect(commenterIp("127.0.0.1")).toBe("127.0.0.1");
    expect(commenterIp("<script>")).toBeNull();
  });
});
