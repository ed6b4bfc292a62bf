export function SourceLine({ name, url }: { name: string | null; url: string | null }) {
  if (!name) return null;
  const safeUrl = url && /^https?:\/\//i.test(url) ? url : null;
  return (
    <p className="mt-8 border-t border-stone-300 pt-4 text-sm text-stone-700 dark:border-stone-700 dark:text-stone-300">
      <span className="font-semibold">Source:</span>{" "}
      {safeUrl ? (
        <a href={safeUrl} rel="noopener" className="underline hover:text-accent dark:hover:text-accent-dark">
          {name}
        </a>
      ) : (
        name
      )}
    </p>
  );
}
