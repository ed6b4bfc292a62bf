import { authorize } from "@/lib/dal";
import { siteExportStream } from "@/lib/wordpress/site-tools";

export const dynamic = "force-dynamic";

/** The whole site as a WordPress export, for admins only (it holds every commenter's address). */
export async function GET() {
  const user = await authorize("site:tools");
  if (!user) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(siteExportStream(), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="broadsheet-${day}.wordpress.xml"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
