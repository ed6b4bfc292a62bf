import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleContent } from "@/components/posts/article-content";
import { loadArticlePreview } from "@/lib/posts/reads";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { idParam } from "@/lib/validation/id";

// Rendered per request for a signed-in person allowed to preview this very post
// (its author, or an editor); the URL alone shows nothing to anyone else.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

const statusNote = {
  draft: "a draft",
  pending: "waiting for review",
  scheduled: "scheduled",
  published: "published",
  unpublished: "unpublished",
  trash: "in the trash",
} as const;

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const id = idParam.safeParse(raw);
  // Sign-in comes before anything about the post, so a stranger learns nothing from the answer.
  if (!id.success) {
    await requirePermission("post:create", `/preview/${encodeURIComponent(raw)}`);
    notFound();
  }
  const found = await loadArticlePreview(id.data);
  const resource = found ? { authorId: found.authorId, status: found.status } : undefined;
  await requirePermission(found ? "post:preview" : "post:create", `/preview/${id.data}`, resource);
  if (!found) notFound();
  const { article, status } = found;
  return (
    <>
      <p role="status" className="mx-auto mb-6 max-w-3xl rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
        Preview: this post is {statusNote[status]}.{" "}
        {status === "published" ? "Readers see it at its address." : "Readers can’t see it."}{" "}
        <Link href={`/admin/posts/${article.id}/edit`} className="font-semibold underline">
          Back to the editor
        </Link>
      </p>
      <ArticleContent article={article} timeZone={await getSiteTimeZone()} />
    </>
  );
}
