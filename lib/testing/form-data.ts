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

/** The same form with one more field, as a hidden input would add it. */
export function withField(data: FormData, name: string, value: string | number): FormData {
  data.set(name, String(value));
  return data;
}
