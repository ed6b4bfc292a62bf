"use client";

import { ActionButton } from "./editor-controls";
import { statusLabels } from "./editor-model";
import type { PostEditorState } from "./use-post-editor";

/** The bar that stays on screen: status, what saving is doing, and the buttons this person may press. */
export function EditorToolbar({ editor, canPublish }: { editor: PostEditorState; canPublish: boolean }) {
  const { meta, saving, dirty, message, live, save, formatTime } = editor;
  const busy = saving !== null;
  return (
    <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-b border-stone-300 bg-stone-50/95 px-4 py-3 dark:border-stone-700 dark:bg-stone-950/95">
      <p className="text-sm">
        Status: <strong data-testid="post-status">{statusLabels[meta.status]}</strong>
        {meta.status === "scheduled" && meta.publishedAt && <> for {formatTime(meta.publishedAt)}</>}
      </p>
      <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
        {saving === "autosave" ? "Autosaving…" : saving ? "Saving…" : dirty ? "Unsaved changes" : message}
      </p>
      <div className="ml-auto flex flex-wrap gap-2">
        {meta.id && (
          <a href={`/preview/${meta.id}`} target="_blank" rel="noopener" className="rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold">
            Preview
          </a>
        )}
        {meta.status !== "trash" && (
          <ActionButton onClick={() => void save("save")} disabled={busy}>
            {live ? "Update" : "Save draft"}
          </ActionButton>
        )}
        {!live && meta.status !== "trash" && meta.status !== "pending" && !canPublish && (
          <ActionButton onClick={() => void save("submit")} disabled={busy} primary>
            Submit for review
          </ActionButton>
        )}
        {canPublish && meta.status !== "published" && meta.status !== "trash" && (
          <ActionButton onClick={() => void save("publish")} disabled={busy} primary>
            Publish
          </ActionButton>
        )}
        {canPublish && live && (
          <ActionButton onClick={() => void save("unpublish")} disabled={busy}>
            {meta.status === "scheduled" ? "Unschedule" : "Unpublish"}
          </ActionButton>
        )}
        {canPublish && meta.status === "trash" && (
          <ActionButton onClick={() => void save("restore")} disabled={busy}>
            Restore to draft
          </ActionButton>
        )}
      </div>
    </div>
  );
}
