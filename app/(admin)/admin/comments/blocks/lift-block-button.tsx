"use client";

import { useState, useTransition } from "react";
import { liftBlockAction } from "../commenter-actions";

export function LiftBlockButton({ blockId, label }: { blockId: number; label: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        aria-label={`Lift the block on ${label}`}
        className="rounded border border-stone-500 px-2 py-1 font-semibold"
        onClick={() => startTransition(async () => setMessage((await liftBlockAction(blockId)).message))}
      >
        Lift
      </button>
      <p role="status" className="text-xs">
        {message}
      </p>
    </div>
  );
}
