import type { MetadataRoute } from "next";
import { siteBase } from "@/lib/env";

// Made per request: SITE_URL is the running server's, not the build machine's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const site = siteBase();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // Search results stay crawlable so their noindex is seen; these are private or one person's.
      disallow: ["/admin", "/preview/", "/account", "/api/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/personal-data/", "/subscriptions/", "/unsubscribe", "/comment/", "/posts/*/reply/"],
    },
    sitemap: `${site}/sitemap.xml`,
  };
}
