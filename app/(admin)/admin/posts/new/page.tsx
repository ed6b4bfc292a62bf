import type { Metadata } from "next";
import { requirePermission } from "@/lib/dal";
import { loadEditorChoices } from "@/lib/posts/editor-choices";
import { PostEditor } from "../_components/editor/post-editor";

export const metadata: Metadata = { title: "New post" };

export default async function NewPostPage() {
  const actor = await requirePermission("post:create", "/admin/posts/new");
  const choices = await loadEditorChoices(actor);
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">New post</h1>
      <PostEditor
        {...choices}
        lastEditedByName={null}
        initialMeta={{ id: null, version: null, status: "draft", publishedAt: null, updatedAt: null }}
        initialFields={{
          headline: "",
          slug: "",
          slugEdited: false,
          kicker: "",
          lead: "",
          body: "",
          categoryId: "",
          newCategory: "",
          tags: [],
          sourceName: "",
          sourceUrl: "",
          coverImage: null,
          coverAlt: "",
          commentsOpen: true,
          authorId: actor.id,
          publishAt: "",
        }}
      />
    </>
  );
}
