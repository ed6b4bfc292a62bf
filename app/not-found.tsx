import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteMasthead } from "@/components/site/site-masthead";
import { getSettings } from "@/lib/content";

// For addresses outside the site's own pages. Rendered per request (never built
// ahead, where there is no database) so it carries the site's title and logo
// from the cached settings.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default async function NotFound() {
  await connection();
  const settings = await getSettings();
  return (
    <>
      <header className="border-b-4 border-double border-stone-900 py-6 text-center dark:border-stone-300">
        <SiteMasthead title={settings.title} logo={settings.logo} />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <NotFoundMessage />
      </main>
    </>
  );
}
