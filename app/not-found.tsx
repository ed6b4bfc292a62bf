import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundMessage } from "@/components/site/not-found-message";

// Built ahead of time for addresses that match no route, so it reads nothing from the database.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <header className="border-b-4 border-double border-stone-900 py-6 text-center dark:border-stone-300">
        <Link href="/" className="font-serif text-4xl font-bold">
          Broadsheet
        </Link>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <NotFoundMessage />
      </main>
    </>
  );
}
