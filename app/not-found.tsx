import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteMasthead } from "@/components/site/site-masthead";
import { getShellSettings } from "@/lib/content";

// For notFound() outside the public site (which has its own). Next renders this
// into every page's tree as the root fallback, so it reads only the cached
// settings (tagged: a new title reaches it at once) and never opts out of caching.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default async function NotFound() {
  const settings = await getShellSettings();
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
