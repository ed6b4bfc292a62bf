import type { PostStatus } from "@/db/schema";
import type { PostIntent } from "@/lib/posts/workflow";

/** What the editor holds while someone types; strings as the inputs have them. */
export interface EditorFields {
  headline: string;
  slug: string;
  slugEdited: boolean;
  kicker: string;
  lead: string;
  body: string;
  categoryId: string;
  newCategory: string;
  tags: string[];
  sourceName: string;
  sourceUrl: string;
  coverImage: string | null;
  coverAlt: string;
  commentsOpen: boolean;
  authorId: string;
  /** datetime-local value in the browser's time zone. */
  publishAt: string;
}

export interface EditorMeta {
  id: number | null;
  version: number | null;
  status: PostStatus;
  publishedAt: string | null;
  updatedAt: string | null;
}

export type UpdateField = <K extends keyof EditorFields>(key: K, value: EditorFields[K]) => void;

export const statusLabels: Record<PostStatus, string> = {
  draft: "Draft",
  pending: "Pending review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  trash: "In the trash",
};

/** The save request for what is on screen: the whole post, with the version it was loaded at. */
export function saveRequest(fields: EditorFields, meta: EditorMeta, intent: PostIntent, autosave: boolean) {
  return {
    id: meta.id,
    version: meta.version,
    intent,
    autosave,
    headline: fields.headline,
    slug: fields.slug,
    slugEdited: fields.slugEdited,
    kicker: fields.kicker,
    lead: fields.lead,
    body: fields.body,
    categoryId: fields.categoryId ? Number(fields.categoryId) : null,
    newCategory: fields.newCategory,
    tags: fields.tags,
    sourceName: fields.sourceName,
    sourceUrl: fields.sourceUrl,
    coverImage: fields.coverImage,
    coverAlt: fields.coverAlt,
    commentsOpen: fields.commentsOpen,
    authorId: fields.authorId || null,
    publishAt: intent === "schedule" && fields.publishAt ? new Date(fields.publishAt).toISOString() : null,
  };
}

/** What a successful save says, in the words of what the person pressed. */
export function savedMessage(intent: PostIntent, status: PostStatus, publishedAt: string | null, formatTime: (iso: string) => string): string {
  switch (intent) {
    case "submit":
      return "Submitted for review. An editor will publish it.";
    case "publish":
      return "Published. It’s on the home page now.";
    case "schedule":
      return `Scheduled for ${publishedAt ? formatTime(publishedAt) : "later"}. It will go live by itself.`;
    case "unpublish":
      return status === "draft" ? "Unscheduled. It’s a draft again." : "Unpublished. Readers can’t see it now.";
    case "restore":
      return "Restored as a draft.";
    case "save":
      return status === "published" ? "Updated. Readers see the changes now." : "Saved.";
  }
}
