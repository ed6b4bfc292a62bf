import "server-only";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { getDb } from "@/lib/db";
import { renderCommentMarkdown } from "@/lib/markdown/comment";
import type { PreviewState } from "./action-states";

export const PREVIEWS_PER_HOUR = 300;

/** The comment as it will look, through the same renderer the write path stores; limited per address (IPv6: per /64). */
export async function previewCommentHtml(body: string, clientKey: string): Promise<PreviewState> {
  const { count } = await hitRateLimit(getDb(), { key: `comment-preview:${clientKey}`, windowMs: 3_600_000 });
  if (count > PREVIEWS_PER_HOUR) return { ok: false, formError: "Too many previews from your network. Post the comment or try again later." };
  return { ok: true, data: { html: renderCommentMarkdown(body) } };
}
