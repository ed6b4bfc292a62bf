import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getShellSettings } from "@/lib/content";
import { getEnv } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().SITE_URL),
  // The files are in public/ (made by scripts/make-icons.mjs).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

// The language comes from the cached site settings (every page under it carries their tag).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language } = await getShellSettings();
  return (
    <html lang={language}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
