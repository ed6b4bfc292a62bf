"use client";

import { REPLY_EVENT, type ReplyDetail } from "./comment-form";

/**
 * Without JavaScript the link opens a page with the form set up as a reply; with
 * it, the form on this page turns into the reply and takes the focus.
 */
export function ReplyButton({ id, name, href }: { id: number; name: string; href: string }) {
  return (
    <a
      href={href}
      rel="nofollow"
      className="text-sm font-semibold underline hover:text-accent dark:hover:text-accent-dark"
      aria-label={`Reply to ${name}`}
      onClick={(event) => {
        event.preventDefault();
        window.dispatchEvent(new CustomEvent<ReplyDetail>(REPLY_EVENT, { detail: { id, name } }));
        document.getElementById("respond")?.scrollIntoView({ block: "start" });
      }}
    >
      Reply
    </a>
  );
}
