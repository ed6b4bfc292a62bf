import { authorize } from "@/lib/dal";
import { exportForRequest } from "@/lib/privacy/personal-data";
import { idParam } from "@/lib/validation/id";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/** A confirmed export request's data, as a JSON file for the admin to send on. Admins only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await authorize("site:tools"))) return notFound();
  const id = idParam.safeParse((await params).id);
  if (!id.success) return notFound();
  const exported = await exportForRequest(id.data);
  if (!exported.ok) return notFound();
  return new Response(exported.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
