const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, ...options });
    cache.set(key, format);
  }
  return format;
}

/** "27 November 2026" */
export function formatDate(iso: string, timeZone: string): string {
  return formatter(timeZone, { day: "numeric", month: "long", year: "numeric" }).format(
    new Date(iso),
  );
}

/** "27 November 2026, 21:05" */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatter(timeZone, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

export function pluralize(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
