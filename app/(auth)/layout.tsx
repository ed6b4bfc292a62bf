import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getSettings } from "@/lib/content";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  // Account pages are per visitor: rendered on request, never during the build.
  await connection();
  const settings = await getSettings();
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-10">
      <Link href="/" className="font-serif text-4xl font-bold">
        {settings.title}
      </Link>
      <main id="main" className="mt-8 w-full max-w-sm">
        {children}
      </main>
    </div>
  );
}
