import { describe, expect, it } from "vitest";
import { routeLabeller } from "./route-label.js";

// The shape of Next's .next/routes-manifest.json.
const manifest = {
  staticRoutes: [
    { page: "/sign-in", regex: "^/sign\\-in(?:/)?$" },
    { page: "/feed.xml", regex: "^/feed\\.xml(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/page/[cursor]", regex: "^/page/([^/]+?)(?:/)?$" },
    { page: "/posts/[slug]", regex: "^/posts/([^/]+?)(?:/)?$" },
    { page: "/posts/[slug]/comments/[order]/[page]", regex: "^/posts/([^/]+?)/comments/([^/]+?)/([^/]+?)(?:/)?$" },
  ],
};

describe("route labels", () => {
  const routeOf = routeLabeller(manifest);

  it("names a request by the route that serves it, not by its address", () => {
    expect(routeOf("/posts/night-buses-return")).toBe("/posts/[slug]");
    expect(routeOf("/posts/another-story/")).toBe("/posts/[slug]");
    expect(routeOf("/posts/a/comments/newest/3")).toBe("/posts/[slug]/comments/[order]/[page]");
    expect(routeOf("/sign-in")).toBe("/sign-in");
    expect(routeOf("/page/abc")).toBe("/page/[cursor]");
  });

  it("keeps rewritten addresses and build assets under a few fixed names", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/_next/static/chunks/abc123.js")).toBe("/_next/static");
    expect(routeOf("/_next/image")).toBe("/_next");
  });

  it("puts every unknown address under one label, so scanners can't grow the metrics", () => {
    const labels = new Set(Array.from({ length: 500 }, (_, i) => routeOf(`/wp-admin/${i}.php`)));
    expect([...labels]).toEqual(["(unmatched)"]);
  });

  it("names files served from public/ by themselves", () => {
    const withPublic = routeLabeller(manifest, ["favicon.ico", "icon.svg"]);
    expect(withPublic("/favicon.ico")).toBe("/favicon.ico");
    expect(withPublic("/icon.svg.bak")).toBe("(unmatched)");
  });

  it("labels everything unmatched before there is a build", () => {
    expect(routeLabeller({})("/posts/x")).toBe("(unmatched)");
  });
});
