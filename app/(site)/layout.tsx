import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { signOutAction } from "../(auth)/sign-out-action";
import { getCategories, getSettings } from "@/lib/content";
import { openGraphLocale } from "@/lib/settings/languages";
import { siteDescription } from "@/lib/settings/site";
import { pageAlternates } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  const description = siteDescription(settings);
  const logo = settings.logo ? [{ url: `/uploads/${settings.logo}`, alt: settings.title }] : [{ url: "/icon-512.png", width: 512, height: 512, alt: settings.title }];
  return {
    title: { default: `${settings.title} — ${settings.tagline}`, template: `%s — ${settings.title}` },
    description,
    openGraph: { siteName: settings.title, locale: openGraphLocale(settings.language), type: "website", title: settings.title, description, images: logo },
    twitter: { card: "summary", title: settings.title, description },
    // The feeds, discoverable from every page; each page adds its own canonical address.
    alternates: await pageAlternates(null),
  };
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, categories] = await Promise.all([getSettings(), getCategories()]);
  return (
    <>
      <SiteHeader title={settings.title} tagline={settings.tagline} logo={settings.logo} categories={categories} signOut={signOutAction} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter title={settings.title} tagline={settings.tagline} />
    </>
  );
}
