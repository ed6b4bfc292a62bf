// Notification emails: a plain-text part and an HTML part, every piece of user
// text (names, comment excerpts, headlines) escaped in the HTML, and the
// one-click unsubscribe headers (RFC 8058).
import type { Email } from "@/lib/mail/mailer";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The start of a comment for a notification: one line, at most 300 characters. */
export function excerpt(body: string, max = 300): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

interface NoticeParts {
  to: string;
  subject: string;
  siteTitle: string;
  lead: string;
  /** What the email is about, set off from the lead: one comment's start, or a list of them. */
  body: { text: string; html: string };
  action: { label: string; url: string };
  unsubscribe: Unsubscribe & { what: string };
}

/** The page a person opens from the email, and the address mail programs POST to (RFC 8058). */
export interface Unsubscribe {
  url: string;
  oneClickUrl: string;
}

function notice(parts: NoticeParts): Email {
  const text = `${parts.lead}

${parts.body.text}

${parts.action.label}: ${parts.action.url}

--
You get this because of your ${parts.siteTitle} account. To stop ${parts.unsubscribe.what}, open:
${parts.unsubscribe.url}
`;
  const html = `<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#1c1917">
<p>${escapeHtml(parts.lead)}</p>
${parts.body.html}
<p><a href="${escapeHtml(parts.action.url)}">${escapeHtml(parts.action.label)}</a></p>
<hr><p style="font-size:13px;color:#57534e">You get this because of your ${escapeHtml(parts.siteTitle)} account.
<a href="${escapeHtml(parts.unsubscribe.url)}">Stop ${escapeHtml(parts.unsubscribe.what)}</a>.</p>
</body></html>`;
  return {
    to: parts.to,
    subject: parts.subject,
    text,
    html,
    headers: { "List-Unsubscribe": `<${parts.unsubscribe.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

const BLOCKQUOTE = 'style="margin:.25em 0 1em;padding-left:1em;border-left:3px solid #d6d3d1"';

/** One comment's start, quoted. */
const quoted = (body: string) => ({ text: `> ${excerpt(body)}`, html: `<blockquote ${BLOCKQUOTE}>${escapeHtml(excerpt(body))}</blockquote>` });

/** Several comments: who wrote where, the start of what they wrote, and a link when given. */
function listed(items: { heading: string; body: string; url?: string }[]) {
  return {
    text: items.map((item) => `* ${item.heading}\n  > ${excerpt(item.body)}${item.url ? `\n  ${item.url}` : ""}`).join("\n\n"),
    html: `<ul style="padding-left:1.2em">\n${items
      .map((item) => `<li><strong>${escapeHtml(item.heading)}</strong><blockquote ${BLOCKQUOTE}>${escapeHtml(excerpt(item.body))}</blockquote>${item.url ? `<a href="${escapeHtml(item.url)}">Read it</a>` : ""}</li>`)
      .join("\n")}\n</ul>`,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A moderator's digest: every comment held since the last one that is still waiting. */
export function heldDigestEmail(input: {
  to: string;
  siteTitle: string;
  comments: { commenterName: string; headline: string; body: string }[];
  queueUrl: string;
  unsubscribe: Unsubscribe;
}): Email {
  const n = input.comments.length;
  return notice({
    to: input.to,
    subject: `[${input.siteTitle}] ${plural(n, "comment awaits", "comments await")} moderation`,
    siteTitle: input.siteTitle,
    lead: `${plural(n, "comment is", "comments are")} held for moderation.`,
    body: listed(input.comments.map((comment) => ({ heading: `${comment.commenterName} on “${comment.headline}”`, body: comment.body }))),
    action: { label: "Review them in the moderation queue", url: input.queueUrl },
    unsubscribe: { ...input.unsubscribe, what: "emails about held comments" },
  });
}

/** Several replies to one person's comments, gathered into one email. */
export function repliesEmail(input: {
  to: string;
  siteTitle: string;
  replies: { replierName: string; headline: string; body: string; commentUrl: string }[];
  /** Stops replies to the one comment they all answer, or to every comment of this person's. */
  unsubscribe: Unsubscribe & { scope: "one" | "all" };
}): Email {
  const n = input.replies.length;
  const names = [...new Set(input.replies.map((reply) => reply.replierName))];
  return notice({
    to: input.to,
    subject: `[${input.siteTitle}] ${plural(n, "new reply", "new replies")} to your comments`,
    siteTitle: input.siteTitle,
    lead: `${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`} replied to your comments.`,
    body: listed(input.replies.map((reply) => ({ heading: `${reply.replierName} on “${reply.headline}”`, body: reply.body, url: reply.commentUrl }))),
    action: { label: "Read the first reply", url: input.replies[0]!.commentUrl },
    unsubscribe: { ...input.unsubscribe, what: input.unsubscribe.scope === "one" ? "emails about replies to this comment" : "emails about replies to your comments" },
  });
}

export function heldCommentEmail(input: { to: string; siteTitle: string; commenterName: string; headline: string; body: string; queueUrl: string; unsubscribe: Unsubscribe }): Email {
  return notice({
    to: input.to,
    subject: `[${input.siteTitle}] A comment awaits moderation on “${input.headline}”`,
    siteTitle: input.siteTitle,
    lead: `${input.commenterName} wrote a comment on “${input.headline}” that is held for moderation.`,
    body: quoted(input.body),
    action: { label: "Review it in the moderation queue", url: input.queueUrl },
    unsubscribe: { ...input.unsubscribe, what: "emails about held comments" },
  });
}

export function newCommentEmail(input: { to: string; siteTitle: string; commenterName: string; headline: string; body: string; commentUrl: string; unsubscribe: Unsubscribe }): Email {
  return notice({
    to: input.to,
    subject: `[${input.siteTitle}] New comment on “${input.headline}”`,
    siteTitle: input.siteTitle,
    lead: `${input.commenterName} commented on your post “${input.headline}”.`,
    body: quoted(input.body),
    action: { label: "Read it", url: input.commentUrl },
    unsubscribe: { ...input.unsubscribe, what: "emails about comments on your posts" },
  });
}

export function replyEmail(input: { to: string; siteTitle: string; replierName: string; headline: string; body: string; commentUrl: string; unsubscribe: Unsubscribe }): Email {
  return notice({
    to: input.to,
    subject: `[${input.siteTitle}] ${input.replierName} replied to your comment`,
    siteTitle: input.siteTitle,
    lead: `${input.replierName} replied to your comment on “${input.headline}”.`,
    body: quoted(input.body),
    action: { label: "Read the reply", url: input.commentUrl },
    unsubscribe: { ...input.unsubscribe, what: "emails about replies to this comment" },
  });
}

// Sent to an address someone typed into the comment form: it names nothing that
// person wrote, so it can't carry a stranger's words to someone else's inbox.
export function confirmRepliesEmail(input: { to: string; siteTitle: string; headline: string; confirmUrl: string }): Email {
  const text = `Hello,

Someone (we hope you) commented on “${input.headline}” on ${input.siteTitle} and asked
to be emailed when someone replies. Nothing is sent until you confirm here:

${input.confirmUrl}

If this wasn't you, ignore this email: you won't hear from us again about it.
`;
  const html = `<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#1c1917">
<p>Hello,</p>
<p>Someone (we hope you) commented on “${escapeHtml(input.headline)}” on ${escapeHtml(input.siteTitle)} and asked to be emailed when someone replies. Nothing is sent until you confirm.</p>
<p><a href="${escapeHtml(input.confirmUrl)}">Yes, email me about replies</a></p>
<p style="font-size:13px;color:#57534e">If this wasn't you, ignore this email: you won't hear from us again about it.</p>
</body></html>`;
  return { to: input.to, subject: `Confirm: email you about replies on ${input.siteTitle}?`, text, html };
}

export function commentPublishedEmail(input: { to: string; siteTitle: string; headline: string; commentUrl: string; unsubscribe: Unsubscribe }): Email {
  const text = `Your comment on “${input.headline}” is now published:

${input.commentUrl}

We'll email you when someone replies. To stop that, open:
${input.unsubscribe.url}
`;
  const html = `<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#1c1917">
<p>Your comment on “${escapeHtml(input.headline)}” is now published.</p>
<p><a href="${escapeHtml(input.commentUrl)}">See it on ${escapeHtml(input.siteTitle)}</a></p>
<p style="font-size:13px;color:#57534e">We'll email you when someone replies. <a href="${escapeHtml(input.unsubscribe.url)}">Stop emails about replies to this comment</a>.</p>
</body></html>`;
  return {
    to: input.to,
    subject: `[${input.siteTitle}] Your comment is published`,
    text,
    html,
    headers: { "List-Unsubscribe": `<${input.unsubscribe.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
