import "server-only";
import type { Metadata } from "next";
import { getSettings } from "@/lib/content";
import { type FeedScope, feedPath } from "@/lib/seo/site-feeds";

type Alternates = NonNullable<Metadata["alternates"]>;

/**
 * A page's canonical address and its feed links (autodiscovery). Every page
 * gives both: a page's `alternates` replaces the layout's whole, so the site's
 * own feeds are listed again next to the page's (a section's, a story's comments).
 */
export async function pageAlternates(canonical: string | null, scopes: FeedScope[] = [], label?: string): Promise<Alternates> {
  const { title } = await getSettings();
  const feeds: { scope: FeedScope; title: string }[] = [
    ...scopes.map((scope) => ({ scope, title: `${label ?? title}${scope.kind === "post-comments" ? ": comments" : ""} — ${title}` })),
    { scope: { kind: "posts" }, title },
    { scope: { kind: "comments" }, title: `${title}: comments` },
  ];
  return {
    ...(canonical !== null && { canonical }),
    types: {
      "application/rss+xml": feeds.map((feed) => ({ url: feedPath(feed.scope, "rss"), title: `${feed.title} (RSS)` })),
      "application/atom+xml": feeds.map((feed) => ({ url: feedPath(feed.scope, "atom"), title: `${feed.title} (Atom)` })),
    },
  };
}
