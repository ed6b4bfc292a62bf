"use client";

import { useEffect } from "react";

/**
 * A #comment-ID link can land on the wrong page of a long thread (or the article
 * itself, when the comment is on page 2). When the anchor is not on this page,
 * ask where the comment is shown and go there.
 */
export function PermalinkFinder({ order }: { order: string }) {
  useEffect(() => {
    const find = () => {
      const match = /^#comment-(\d{1,10})$/.exec(window.location.hash);
      if (!match || document.getElementById(`comment-${match[1]}`)) return;
      fetch(`/api/comments/${match[1]}/location?order=${order}`, { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<{ url: string }>) : null))
        .then((data) => {
          if (!data) return;
          const target = new URL(data.url, window.location.href);
          // Only ever move to another page: never loop on this one.
          if (target.pathname !== window.location.pathname) window.location.replace(target.toString());
        })
        .catch(() => {});
    };
    find();
    window.addEventListener("hashchange", find);
    return () => window.removeEventListener("hashchange", find);
  }, [order]);
  return null;
}
