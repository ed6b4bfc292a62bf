import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPostForEditor } from "@/lib/posts/reads";
import { requirePermission } from "@/lib/dal";
import { slugify } from "@/lib/slug";
import { idParam } from "@/lib/validation/id";
import { loadEditorChoices } from "@/lib/posts/editor-choices";
import { PostEditor } from "../../_components/editor/post-editor";

export const metadata: Metadata = { title: "Edit post" };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam.safeParse((await params).id);
  if (!id.success) notFound();
  const post = await loadPostForEditor(id.data);
  if (!post) notFound();
  const actor = await requirePermission("post:edit", `/admin/posts/${post.id}/edit`, post);
  const choices = await loadEditorChoices(actor);
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Edit post</h1>
      <PostEditor
        {...choices}
        lastEditedByName={post.lastEditedByName}
        initialMeta={{
          id: post.id,
          version: post.version,
          status: post.status,
          publishedAt: post.publishedAt?.toISOString() ?? null,
          updatedAt: post.updatedAt.toISOString(),
        }}
        initialFields={{
          headline: post.headline,
          slug: post.slug,
          // A slug someone chose earlier stays put; one still matching the headline keeps following it.
          slugEdited: post.slug !== slugify(post.headline),
          kicker: post.kicker,
          lead: post.lead,
          body: post.body,
          categoryId: post.categoryId ? String(post.categoryId) : "",
          newCategory: "",
          tags: post.tags,
          sourceName: post.sourceName ?? "",
          sourceUrl: post.sourceUrl ?? "",
          coverImage: post.coverImage,
          coverAlt: post.coverAlt,
          commentsOpen: post.commentsOpen,
          authorId: post.authorId,
          publishAt: "",
        }}
      />
    </>
  );
}
