export interface BarItem {
  label: string;
  value: number;
  href?: string;
}

/**
 * Horizontal bars as a list: each label and figure is text (screen readers read
 * the list), the bar a decorative SVG scaled to the largest. No JavaScript.
 */
export function BarList({ title, items, unit, empty }: { title: string; items: BarItem[]; unit: string; empty: string }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  if (items.length === 0) return <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">{empty}</p>;
  return (
    <ul aria-label={title} className="mt-3 flex flex-col gap-2 text-sm">
      {items.map((item) => (
        <li key={item.label}>
          <div className="flex justify-between gap-2">
            {item.href ? (
              <a href={item.href} className="underline">
                {item.label}
              </a>
            ) : (
              <span>{item.label}</span>
            )}
            <span className="tabular-nums">
              {item.value.toLocaleString("en-GB")} {unit}
            </span>
          </div>
          <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" className="mt-1 h-1.5 w-full">
            <rect width={100} height={6} className="fill-stone-200 dark:fill-stone-800" />
            <rect width={(item.value / max) * 100} height={6} className="fill-amber-600 dark:fill-amber-400" />
          </svg>
        </li>
      ))}
    </ul>
  );
}
