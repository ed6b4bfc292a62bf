import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <p className="kicker">Error 403</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">You don’t have access to this page</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
        Your account is signed in but its role doesn’t include this part of the site. If you think it should, ask an
        administrator.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold underline">
          Back to the front page
        </Link>
      </p>
    </main>
  );
}
