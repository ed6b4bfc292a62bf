import Link from "next/link";

export function AdminNav({ links }: { links: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Admin" className="border-b border-stone-300 dark:border-stone-700">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="block px-3 py-2 whitespace-nowrap hover:text-accent dark:hover:text-accent-dark">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
