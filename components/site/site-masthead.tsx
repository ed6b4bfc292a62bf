import Link from "next/link";

/** The site's name at the top of a page: the uploaded logo when there is one (the title stays its accessible name), else the title set in type. */
export function SiteMasthead({ title, logo }: { title: string; logo: string | null }) {
  return (
    <Link href="/" className="inline-block font-serif text-4xl font-bold tracking-tight text-stone-950 hover:no-underline sm:text-6xl dark:text-stone-50">
      {logo ? (
        // A fixed height keeps the header from moving when the image arrives.
        // eslint-disable-next-line @next/next/no-img-element -- served from our own uploads route, cached for ever
        <img src={`/uploads/${logo}`} alt={title} className="mx-auto h-16 w-auto sm:h-20" />
      ) : (
        title
      )}
    </Link>
  );
}
