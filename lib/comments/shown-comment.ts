import type { CommentThreadsPage, PublicComment } from "@/db/queries/comments/threads";

/** A published comment as pages draw it: its HTML ready (stored, or rendered again for an older pipeline), never its Markdown's HTML columns. */
export type ShownComment = Omit<PublicComment, "bodyHtml" | "bodyHtmlVersion"> & { html: string };

export type ShownThreadsPage = Omit<CommentThreadsPage, "comments"> & { comments: ShownComment[] };
