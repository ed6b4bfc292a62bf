"use client";

import { REPLY_EVENT, type ReplyDetail } from "./comment-form";

export function ReplyButton({ id, name }: { id: number; name: string }) {
  return (
    <a
      href="#respond"
      className="text-sm font-semibold underline hover:text-accent dark:hover:text-accent-dark"
      aria-label={`Reply to ${name}`}
      onClick={() => {
        window.dispatchEvent(new CustomEvent<ReplyDetail>(REPLY_EVENT, { detail: { id, name } }));
      }}
    >
      Reply
    </a>
  );
}
