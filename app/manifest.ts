import type { MetadataRoute } from "next";
import { getSettings } from "@/lib/content";

// Named after the site's settings, read at request time (the build never opens the database).
export const dynamic = "force-dynamic";

/** What a phone needs to put the site on its home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const settings = await getSettings();
  return {
    name: settings.title,
    short_name: settings.title,
    description: settings.tagline,
    start_url: "/",
    display: "browser",
    background_color: "#fafaf9",
    theme_color: "#1c1917",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
