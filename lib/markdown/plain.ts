// The fallback rendering: text escaped for HTML, blank lines making paragraphs.
// Linear in the length of the text, whatever it contains.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

export function renderPlainText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  // Two passes over the whole text, rather than one per paragraph: thousands of
  // tiny paragraphs cost no more than one long one.
  return `<p>${escapeHtml(trimmed).replace(/\n[ \t]*\n\s*/g, "</p>\n<p>")}</p>\n`;
}
