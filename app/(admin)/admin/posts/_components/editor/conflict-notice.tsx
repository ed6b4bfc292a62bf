"use client";

import { ActionButton } from "./editor-controls";
import type { PostEditorState } from "./use-post-editor";

/** Someone saved after this page loaded: their version or mine, never a silent overwrite. */
export function ConflictNotice({ editor }: { editor: PostEditorState }) {
  const { conflict, formatTime, setDirty, saveOverTheirs } = editor;
  if (!conflict) return null;
  return (
    <div role="alert" className="rounded border-2 border-accent bg-red-50 p-4 text-sm dark:bg-red-950">
      <p className="font-semibold">
        {conflict.by ?? "Someone"} saved this post at {formatTime(conflict.at)}, after you opened it. Your changes are not saved.
      </p>
      <p className="mt-1">Copy anything you want to keep, or save yours over theirs (theirs stays in the revisions).</p>
      <div className="mt-3 flex gap-2">
        <ActionButton
          onClick={() => {
            setDirty(false);
            window.location.reload();
          }}
        >
          Load their version
        </ActionButton>
        <ActionButton primary onClick={() => saveOverTheirs(conflict)}>
          Save mine over theirs
        </ActionButton>
      </div>
    </div>
  );
}
