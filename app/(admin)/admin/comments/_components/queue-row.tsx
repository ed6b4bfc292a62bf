"use client";

import { actionLabels, actionsFor, type ModerationAction } from "@/lib/moderation/transitions";
import { describeVerdict } from "@/lib/spam/assess";
import type { OpenForm, QueueItem } from "./queue-item";
import { QueueBlockForm, QueueEditForm, QueueReplyForm } from "./queue-row-forms";

const reasons: Record<string, string> = {
  "first-time-commenter": "First comment from this person",
  "too-many-links": "Too many links",
  "moderation-keyword": "Matched the moderation list",
  "manual-approval": "Every comment needs approval",
  "disallowed-keyword": "Matched the block list",
  honeypot: "Filled the hidden bot field",
  "too-fast": "Sent faster than a person types",
  "spam-filter": "The spam filter",
};

/** Who wrote it, where, why it was held, the text, and what a moderator can do with it. */
export function QueueRowDetails(props: {
  item: QueueItem;
  view: string;
  raw: boolean;
  pending: boolean;
  open: OpenForm;
  run: (action: ModerationAction, targets: QueueItem[]) => void;
  setOpen: (form: OpenForm) => void;
  toggleRaw: () => void;
  onDone: (message: string, eventId?: number | null) => void;
  onCancel: () => void;
}) {
  const { item, view, open } = props;
  const filterLink = (query: string) => `/admin/comments?view=${view}&${query}`;
  return (
    <div className="min-w-0 flex-1 text-sm">
      <p className="flex flex-wrap gap-x-3">
        <strong>{item.authorName}</strong>
        <a href={filterLink(`author=${encodeURIComponent(item.authorEmail)}`)} className="break-all underline">
          {item.authorEmail}
        </a>
        {item.authorUrl && <span className="break-all">{item.authorUrl}</span>}
        {item.ip && (
          <a href={filterLink(`ip=${encodeURIComponent(item.ip)}`)} className="underline">
            {item.ip}
          </a>
        )}
        <span>{item.approvedCount === 1 ? "1 approved comment" : `${item.approvedCount} approved comments`}</span>
      </p>
      {item.spamScore !== null && <SpamVerdict score={item.spamScore} reasons={item.spamReasons ?? []} decided={item.reason === "spam-filter"} />}
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        On{" "}
        <a href={`/posts/${item.postSlug}`} className="underline">
          {item.postHeadline}
        </a>{" "}
        · <time dateTime={item.createdAt}>{item.when}</time>
        {item.edited && " · edited"}
        {item.reason && reasons[item.reason] && item.status !== "approved" && item.reason !== "spam-filter" && <> · Held: {reasons[item.reason]}</>}
        {item.reportCount > 0 && <> · {item.reportCount === 1 ? "1 report" : `${item.reportCount} reports`}</>}
        {" · "}
        <a href={filterLink(`post=${item.postId}`)} className="underline">
          this post only
        </a>
      </p>
      {item.parentAuthor && (
        <p className="mt-1 border-l-2 border-stone-400 pl-2 text-stone-600 dark:text-stone-400">
          In reply to {item.parentAuthor}: {item.parentExcerpt}
        </p>
      )}
      {props.raw ? (
        <pre className="mt-2 font-mono text-xs whitespace-pre-wrap">{item.body}</pre>
      ) : (
        <div className="prose prose-stone prose-sm mt-2 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: item.html }} />
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {actionsFor(item.status).map((action) => (
          <button
            key={action}
            type="button"
            disabled={props.pending}
            onClick={() => props.run(action, [item])}
            className="rounded border border-stone-500 px-2 py-0.5 font-semibold"
            aria-label={`${actionLabels[action].verb} the comment by ${item.authorName}`}
          >
            {actionLabels[action].verb}
          </button>
        ))}
        {(item.status === "pending" || item.status === "approved") && (
          <button type="button" className="underline" onClick={() => props.setOpen({ id: item.id, kind: "reply" })}>
            Reply
          </button>
        )}
        <button type="button" className="underline" onClick={() => props.setOpen({ id: item.id, kind: "edit" })}>
          Edit
        </button>
        <button type="button" className="underline" onClick={() => props.setOpen({ id: item.id, kind: "block" })}>
          Block…
        </button>
        <button type="button" className="underline" aria-pressed={props.raw} onClick={props.toggleRaw}>
          {props.raw ? "Show formatted" : "Show original"}
        </button>
      </div>
      {open?.id === item.id && open.kind === "reply" && <QueueReplyForm commentId={item.id} authorName={item.authorName} onDone={props.onDone} onCancel={props.onCancel} />}
      {open?.id === item.id && open.kind === "edit" && <QueueEditForm comment={item} onDone={props.onDone} onCancel={props.onCancel} />}
      {open?.id === item.id && open.kind === "block" && <QueueBlockForm comment={item} onDone={props.onDone} onCancel={props.onCancel} />}
    </div>
  );
}

/** The learning filter's score on arrival and why: a sentence when it held the comment, a figure otherwise. */
function SpamVerdict({ score, reasons: why, decided }: { score: number; reasons: string[]; decided: boolean }) {
  const figure = `${score.toFixed(2)}${why.length ? `: ${why.join(", ")}` : ""}`;
  return (
    <p className={`mt-1 ${decided ? "font-semibold text-amber-800 dark:text-amber-300" : "text-stone-600 dark:text-stone-400"}`}>
      {decided ? describeVerdict(score, why) : `Spam score ${figure}`}
    </p>
  );
}
