import { notFound, permanentRedirect } from "next/navigation";
import { legacyRedirectTarget } from "@/lib/wordpress/legacy-redirects";

// Any address no page answers: an imported site's old permalink (/2024/02/05/slug,
// /slug, /?p=19, /category/parent/child) moves permanently to where the story is
// now; anything else is the site's 404. Never cached, so unknown addresses leave
// nothing behind.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ legacy: string[] }> };

export default async function LegacyAddress({ params }: Props) {
  const target = await legacyRedirectTarget((await params).legacy);
  if (!target) notFound();
  permanentRedirect(target);
}
