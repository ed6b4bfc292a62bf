import "server-only";
import { getNotificationChoiceRows, setNotificationMode } from "@/db/queries/notifications";
import type { NotificationKind } from "@/db/schema";
import { getDb } from "@/lib/db";
import { type HeldChoice, heldChoiceOf, parseHeldChoice } from "./held-choice";

/** Which kinds a role can receive at all (authors and up write posts; moderators and up see held comments). */
export function notificationKindsFor(role: string): NotificationKind[] {
  const kinds: NotificationKind[] = [];
  if (["moderator", "editor", "admin"].includes(role)) kinds.push("comment-held");
  if (["author", "editor", "admin"].includes(role)) kinds.push("comment-on-my-post");
  kinds.push("replies-to-me");
  return kinds;
}

/** Kinds that are off until a person switches them on. */
const OFF_UNLESS_CHOSEN = new Set<NotificationKind>(["replies-to-me"]);

/** What the account page shows: held comments as a choice of how, the rest on or off. */
export interface NotificationChoices {
  "comment-held"?: HeldChoice;
  "comment-on-my-post"?: boolean;
  "replies-to-me"?: boolean;
}

/** A person's choices for the kinds their role can receive, defaults where they chose nothing. */
export async function readNotificationChoices(userId: string, role: string): Promise<NotificationChoices> {
  const rows = new Map((await getNotificationChoiceRows(getDb(), userId)).map((row) => [row.kind, row]));
  const choices: NotificationChoices = {};
  for (const kind of notificationKindsFor(role)) {
    const row = rows.get(kind);
    if (kind === "comment-held") choices[kind] = heldChoiceOf(row?.mode, row?.digestMinutes);
    else choices[kind] = row ? row.mode !== "none" : !OFF_UNLESS_CHOSEN.has(kind);
  }
  return choices;
}

/** Saves the account page's choices; kinds the role can't receive are ignored. */
export async function saveNotificationChoices(userId: string, role: string, chosen: NotificationChoices): Promise<void> {
  await getDb().transaction(async (tx) => {
    for (const kind of notificationKindsFor(role)) {
      if (kind === "comment-held") {
        const held = parseHeldChoice(chosen[kind] ?? "none") ?? { mode: "none", digestMinutes: null };
        await setNotificationMode(tx, userId, kind, held.mode, held.digestMinutes);
      } else await setNotificationMode(tx, userId, kind, chosen[kind] ? "each" : "none");
    }
  });
}
