import type { PostedComment as Posted } from "@/lib/comments/action-states";
import { commentPermalink } from "@/lib/comments/urls";
import { OwnCommentTools } from "./own-comment-tools";

/** What the commenter sees of the comment they just posted: a link to it, or their held copy. */
export function PostedComment({ posted }: { posted: Posted }) {
  if (posted.status === "approved") {
    return (
      <p className="mt-3 rounded border border-stone-400 p-3 text-sm font-semibold dark:border-stone-600">
        Your comment is published.{" "}
        <a href={commentPermalink(posted.id)} className="underline">
          See it in the thread
        </a>
      </p>
    );
  }
  return (
    <article id={`held-${posted.id}`} aria-label={`Comment by ${posted.name}, awaiting moderation`} className="mt-3 rounded border border-dashed border-amber-600 p-3">
      <p className="text-sm font-semibold">Your comment is awaiting moderation. Only you can see it until a moderator approves it.</p>
      <p className="mt-2 text-sm font-semibold">{posted.name}</p>
      <OwnCommentTools id={posted.id}>
        <div className="prose prose-stone max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: posted.html }} />
      </OwnCommentTools>
    </article>
  );
}
