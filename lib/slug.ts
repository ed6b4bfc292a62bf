export const MAX_SLUG_LENGTH = 80;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL-safe slug from a headline: lower case ASCII words joined by hyphens. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than dropped.
  if (!slug && words[0]) slug = words[0].slice(0, maxLength);
  return slug;
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
}

/** The nth choice of slug for `base`: the slug itself, then "-2", "-3"…, cut to fit. */
export function slugVariant(base: string, n: number): string {
  const root = base || "post";
  if (n <= 1) return root;
  const suffix = `-${n}`;
  return `${root.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
}

/** The slug itself, or the first "-2", "-3"… variant not already taken. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = slugVariant(base, n);
    if (!isTaken(candidate)) return candidate;
  }
}
