/** A FormData as a browser would send it from these fields. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** The single-use token in an emailed link. */
export function tokenFrom(text: string): string | undefined {
  return /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
}
