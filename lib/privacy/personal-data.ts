import "server-only";
import { z } from "zod";
import type { ActiveUser } from "@/db/queries/users/accounts";
import {
  collectPersonalData,
  erasePersonalData,
  type ErasureResult,
  findConfirmableRequest,
  findPersonalDataRequest,
  insertPersonalDataRequest,
  markRequestCompleted,
  markRequestConfirmed,
  type PersonalDataRequest,
  recentPersonalDataRequests,
} from "@/db/queries/personal-data";
import { personalDataKinds } from "@/db/schema";
import { createLinkToken, hashLinkToken, isWellFormedToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { deliverDueMail, queueEmail } from "@/lib/mail/queue";
import { personalDataConfirmationEmail } from "@/lib/mail/templates";
import { commentBodyColumns } from "@/lib/markdown/comment";
import { readDiscussionSettings, readSiteSettings } from "@/lib/settings/store";
import { emailField } from "@/lib/validation/auth";
import { runAfterResponse } from "@/lib/after-response";

// Personal-data requests, as WordPress handles them: an admin enters an address
// and what the person asked for; the address confirms by a link; then the admin
// downloads the export or carries out the erasure. Callers check "site:tools".

export const REQUEST_LINK_DAYS = 7;

export const personalDataRequestSchema = z.object({
  email: emailField,
  kind: z.enum(personalDataKinds, { error: "Choose whether to export or erase." }),
});

export type RequestFields = keyof z.infer<typeof personalDataRequestSchema>;

export type RequestResult = { ok: true; id: number } | { ok: false; errors: Partial<Record<RequestFields, string>> };

/** Records the request and emails the confirmation link to the address, together or not at all. */
export async function requestPersonalData(admin: ActiveUser, input: { email: unknown; kind: unknown }): Promise<RequestResult> {
  const parsed = personalDataRequestSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<RequestFields, string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as RequestFields] ??= issue.message;
    return { ok: false, errors };
  }
  const { email, kind } = parsed.data;
  const { token, tokenHash } = createLinkToken();
  const link = new URL(`/personal-data/confirm?token=${token}`, getEnv().SITE_URL).toString();
  const id = await getDb().transaction(async (tx) => {
    const settings = await readSiteSettings(tx);
    const created = await insertPersonalDataRequest(tx, {
      email,
      kind,
      tokenHash,
      requestedBy: admin.id,
      expiresAt: new Date(Date.now() + REQUEST_LINK_DAYS * 86_400_000),
    });
    await queueEmail(tx, "personal-data-confirm", personalDataConfirmationEmail({ to: email, siteTitle: settings.title, kind, link, days: REQUEST_LINK_DAYS }));
    return created;
  });
  runAfterResponse("personal data confirmation email", () => deliverDueMail().then(() => undefined));
  return { ok: true, id };
}

/** The person follows the link: the request is confirmed once; a used, expired or unknown link changes nothing. */
export async function confirmPersonalDataRequest(token: unknown): Promise<{ confirmed: true; kind: PersonalDataRequest["kind"] } | { confirmed: false }> {
  if (!isWellFormedToken(token)) return { confirmed: false };
  return getDb().transaction(async (tx) => {
    const request = await findConfirmableRequest(tx, hashLinkToken(token));
    if (!request) return { confirmed: false } as const;
    await markRequestConfirmed(tx, request.id);
    return { confirmed: true, kind: request.kind } as const;
  });
}

export type RequestState = "awaiting" | "expired" | "confirmed" | "done";

export function requestState(request: Pick<PersonalDataRequest, "confirmedAt" | "completedAt" | "expiresAt">, now: number): RequestState {
  if (request.completedAt) return "done";
  if (request.confirmedAt) return "confirmed";
  return new Date(request.expiresAt).getTime() <= now ? "expired" : "awaiting";
}

export async function listPersonalDataRequests(now = Date.now()) {
  const requests = await recentPersonalDataRequests(getDb());
  return requests.map((request) => ({ ...request, state: requestState(request, now) }));
}

/** A confirmed export request's data as a JSON file; the request is then done. */
export async function exportForRequest(id: number): Promise<{ ok: true; fileName: string; json: string } | { ok: false }> {
  const request = await findPersonalDataRequest(getDb(), id);
  if (!request || request.kind !== "export" || !request.confirmedAt) return { ok: false };
  const data = await collectPersonalData(getDb(), request.email);
  const settings = await readSiteSettings(getDb());
  const json = JSON.stringify({ site: settings.title, email: request.email, exported_at: new Date().toISOString(), ...data }, null, 2);
  if (!request.completedAt) await markRequestCompleted(getDb(), id, { comments: data.comments.length, account: data.account !== null });
  return { ok: true, fileName: `personal-data-${id}.json`, json };
}

const REMOVED_TEXT = "This comment was removed at its author’s request.";

/** Carries out a confirmed erasure request, all of it in one transaction. */
export async function eraseForRequest(id: number): Promise<{ ok: true; result: ErasureResult } | { ok: false; message: string }> {
  return getDb().transaction(async (tx) => {
    const request = await findPersonalDataRequest(tx, id, { lock: true });
    if (!request || request.kind !== "erase") return { ok: false, message: "There is no such erasure request." } as const;
    if (!request.confirmedAt) return { ok: false, message: "The person has not confirmed this request yet." } as const;
    if (request.completedAt) return { ok: false, message: "This request was carried out already." } as const;
    const { erasureDeletesComments } = await readDiscussionSettings(tx);
    const result = await erasePersonalData(tx, request.email, { deleteComments: erasureDeletesComments, removed: commentBodyColumns(REMOVED_TEXT) });
    await markRequestCompleted(tx, id, result);
    return { ok: true, result } as const;
  });
}

/** What an erasure did, in one sentence (the admin page and the action's answer). */
export function erasureSummary(result: Pick<ErasureResult, "commentsAnonymized" | "commentsDeleted" | "subscriptionsDeleted" | "accountClosed">): string {
  const { commentsAnonymized, commentsDeleted, subscriptionsDeleted, accountClosed } = result;
  return `Erased: ${commentsAnonymized} comment(s) made anonymous, ${commentsDeleted} deleted, ${subscriptionsDeleted} subscription(s) removed${accountClosed ? ", account closed" : ""}.`;
}
