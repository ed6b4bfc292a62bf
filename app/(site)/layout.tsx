import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { signOutAction } from "../(auth)/sign-out-action";
import { getCategories, getSettings } from "@/lib/content";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return {
    title: { default: `${settings.title} — ${settings.tagline}`, template: `%s — ${settings.title}` },
    description: settings.tagline,
    openGraph: { siteName: settings.title, locale: "en_GB" },
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: settings.title }] } },
  };
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, categories] = await Promise.all([getSettings(), getCategories()]);
  return (
    <>
      <SiteHeader title={settings.title} tagline={settings.tagline} categories={categories} signOut={signOutAction} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter title={settings.title} />
    </>
  );
}
