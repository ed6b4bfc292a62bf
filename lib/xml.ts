// Text for XML documents (feeds, sitemaps, WordPress exports). Pure.

/** Characters XML 1.0 forbids outright (a pasted headline may still carry them), lone surrogates included. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an element or attribute: forbidden characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
