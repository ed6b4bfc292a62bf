"use client";

import { useActionState } from "react";
import { restoreRevision } from "../../../revision-actions";

export function RestoreButton({ postId, revisionId, version, label }: { postId: number; revisionId: number; version: number; label: string }) {
  const [state, action, pending] = useActionState(restoreRevision, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="post" value={postId} />
      <input type="hidden" name="revision" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} aria-label={label} className="underline disabled:opacity-60">
        {pending ? "Restoring…" : "Restore"}
      </button>
      {state.formError && (
        <p role="alert" className="text-sm font-semibold text-accent dark:text-accent-dark">
          {state.formError}
        </p>
      )}
    </form>
  );
}
