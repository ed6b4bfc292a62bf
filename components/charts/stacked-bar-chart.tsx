import { useId } from "react";

export interface ChartKey {
  key: string;
  label: string;
  /** Tailwind fill classes, light and dark. */
  fill: string;
  /** Where this kind of bar leads (the queue filtered to it). */
  href?: string;
}

export interface StackedBar {
  label: string;
  /** Shorter label under the bar, or "" to leave it out. */
  tick: string;
  values: Record<string, number>;
}

const WIDTH = 600;
const HEIGHT = 180;
const BOTTOM = 20;

/**
 * Stacked bars drawn on the server as SVG: a title and description for screen
 * readers, every bar segment a link to what it counts, and the same figures as
 * a table beneath. No JavaScript.
 */
export function StackedBarChart({ title, description, keys, bars }: { title: string; description: string; keys: ChartKey[]; bars: StackedBar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => keys.reduce((sum, key) => sum + (bar.values[key.key] ?? 0), 0)));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = Math.max(2, slot * 0.7);
  const plot = HEIGHT - BOTTOM;
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full text-stone-600 dark:text-stone-400">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} x2={WIDTH} y1={plot} y2={plot} className="stroke-current" strokeWidth={1} />
        <text x={0} y={12} className="fill-current text-[11px]">
          {max.toLocaleString("en-GB")}
        </text>
        {bars.map((bar, i) => {
          let y = plot;
          return (
            <g key={bar.label}>
              {keys.map((key) => {
                const value = bar.values[key.key] ?? 0;
                if (value === 0) return null;
                const height = Math.max(1, (value / max) * (plot - 16));
                y -= height;
                const rect = (
                  <rect x={i * slot + (slot - barWidth) / 2} y={y} width={barWidth} height={height} className={key.fill}>
                    <title>{`${bar.label}: ${value.toLocaleString("en-GB")} ${key.label.toLowerCase()}`}</title>
                  </rect>
                );
                return key.href ? (
                  <a key={key.key} href={key.href}>
                    {rect}
                  </a>
                ) : (
                  <g key={key.key}>{rect}</g>
                );
              })}
              {bar.tick && (
                <text x={i * slot + slot / 2} y={HEIGHT - 5} textAnchor="middle" className="fill-current text-[10px]">
                  {bar.tick}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {keys.map((key) => (
          <span key={key.key} className="flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" className={key.fill} />
            </svg>
            {key.href ? (
              <a href={key.href} className="underline">
                {key.label}
              </a>
            ) : (
              key.label
            )}
          </span>
        ))}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer underline">The figures as a table</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              {keys.map((key) => (
                <th key={key.key} scope="col" className="text-right">
                  {key.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row" className="font-normal">
                  {bar.label}
                </th>
                {keys.map((key) => (
                  <td key={key.key} className="text-right tabular-nums">
                    {(bar.values[key.key] ?? 0).toLocaleString("en-GB")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
