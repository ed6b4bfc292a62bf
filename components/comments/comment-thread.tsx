import type { CommentBadge } from "@/db/queries/comments/threads";
import type { ShownComment } from "@/lib/comments/shown-comment";
import { buildThreads, type ThreadNode } from "@/lib/comments/thread";
import { formatDateTime } from "@/lib/format";
import { commentAnchor, replyPath } from "@/lib/comments/urls";
import { OwnCommentTools } from "./own-comment-tools";
import { ReplyButton } from "./reply-button";
import { ReportButton } from "./report-button";

type Node = ThreadNode<ShownComment>;

const BADGES: Record<CommentBadge, string> = { author: "Author", editor: "Editor", moderator: "Moderator", admin: "Staff" };

/** Set from the account that wrote the comment, never from the name typed. */
function AuthorBadge({ badge }: { badge: CommentBadge | null }) {
  if (!badge) return null;
  return (
    <span className="rounded bg-stone-900 px-1.5 py-0.5 text-xs font-semibold text-white dark:bg-stone-100 dark:text-stone-900">
      {BADGES[badge]}
    </span>
  );
}

function CommentAuthor({ name, url }: { name: string; url: string | null }) {
  const safeUrl = url && /^https?:\/\//i.test(url) ? url : null;
  return safeUrl ? (
    <a href={safeUrl} rel="nofollow ugc noopener" className="font-semibold underline-offset-2 hover:underline">
      {name}
    </a>
  ) : (
    <span className="font-semibold">{name}</span>
  );
}

function CommentItem({
  node,
  slug,
  timeZone,
  depth,
  maxDepth,
  canReply,
}: {
  node: Node;
  slug: string;
  timeZone: string;
  /** 1 for a top-level comment. */
  depth: number;
  maxDepth: number;
  canReply: boolean;
}) {
  // Replies past the deepest level (older comments, or a lowered setting) are
  // shown at that level rather than indented further.
  const nested = depth < maxDepth;
  return (
    <li id={commentAnchor(node.id)}>
      <article className="comment-card rounded-md py-3" aria-label={`Comment by ${node.authorName}`}>
        <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <CommentAuthor name={node.authorName} url={node.authorUrl} />
          <AuthorBadge badge={node.authorBadge} />
          <a href={`#comment-${node.id}`} className="text-stone-600 hover:underline dark:text-stone-400">
            <time dateTime={node.createdAt}>{formatDateTime(node.createdAt, timeZone)}</time>
          </a>
          {node.editedAt && <span className="text-xs text-stone-600 dark:text-stone-400">(edited)</span>}
        </header>
        <OwnCommentTools id={node.id}>
          <div
            className="prose prose-stone mt-1 max-w-none dark:prose-invert prose-p:my-2"
            dangerouslySetInnerHTML={{ __html: node.html }}
          />
        </OwnCommentTools>
        <div className="mt-1 flex flex-wrap items-start gap-4">
          {canReply && depth < maxDepth && <ReplyButton id={node.id} name={node.authorName} href={`${replyPath(slug, node.id)}#respond`} />}
          <ReportButton id={node.id} name={node.authorName} />
        </div>
      </article>
      {node.replies.length > 0 && (
        <ol
          className={
            nested ? "ml-3 border-l-2 border-stone-300 pl-3 sm:ml-5 sm:pl-5 dark:border-stone-700" : ""
          }
        >
          {node.replies.map((reply) => (
            <CommentItem key={reply.id} node={reply} slug={slug} timeZone={timeZone} depth={depth + 1} maxDepth={maxDepth} canReply={canReply} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentThread({
  comments,
  slug,
  timeZone,
  maxDepth,
  canReply,
}: {
  comments: ShownComment[];
  slug: string;
  timeZone: string;
  maxDepth: number;
  canReply: boolean;
}) {
  const threads = buildThreads(comments);
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800">
      {threads.map((node) => (
        <CommentItem key={node.id} node={node} slug={slug} timeZone={timeZone} depth={1} maxDepth={maxDepth} canReply={canReply} />
      ))}
    </ol>
  );
}
