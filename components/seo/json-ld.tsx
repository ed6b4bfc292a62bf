import { serializeJsonLd } from "@/lib/seo/structured-data";

/** schema.org data for search engines: a data block, never run as script (serializeJsonLd escapes "<"). */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
