import { runAfterResponse } from "@/lib/after-response";
import { authorize } from "@/lib/dal";
import { decodePercent } from "@/lib/wordpress/mapping";
import { runSavedImport, saveImportUpload } from "@/lib/wordpress/site-tools";
import { UPLOAD_HEADER } from "@/lib/wordpress/upload-header";

export const dynamic = "force-dynamic";


const answer = (status: number, body: object) => Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/** An export sent as the raw request body: saved to the data folder, then imported after the response. */
export async function POST(request: Request) {
  const user = await authorize("site:tools");
  if (!user) return answer(404, { error: "Not found" });
  if (request.headers.get(UPLOAD_HEADER) !== "1") return answer(400, { error: "Upload from Admin → Tools → Import." });
  const fileName = decodePercent(request.headers.get("x-file-name") ?? "export.xml").slice(0, 300);
  const saved = await saveImportUpload(request.body, fileName, user.id);
  if (!saved.ok) return answer(saved.status, { error: saved.message });
  runAfterResponse("wordpress import", () => runSavedImport(saved.runId, saved.file, user.id));
  return answer(202, { runId: saved.runId });
}
