import type { QueueRow } from "@/db/queries/comments/queue";

/** A queue row as the browser gets it: dates formatted, the comment rendered. */
export type QueueItem = Omit<QueueRow, "createdAt" | "editedAt" | "moderationReason" | "bodyHtml" | "bodyHtmlVersion"> & {
  html: string;
  reason: string | null;
  when: string;
  createdAt: string;
  edited: boolean;
};

export type QueueFilters = { view: string; postId?: number; author?: string; ip?: string; search?: string; reason?: string };

export type OpenForm = { id: number; kind: "reply" | "edit" | "block" } | null;
