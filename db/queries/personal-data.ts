import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import { personalDataRequests, type PersonalDataKind } from "../schema";

// Personal-data requests and what they read and change: everything kept under
// one email address (an account with it, comments written with it or by that
// account, reply subscriptions), found case-insensitively on indexed columns.

export type PersonalDataRequest = typeof personalDataRequests.$inferSelect;

export async function insertPersonalDataRequest(
  db: Database,
  values: { email: string; kind: PersonalDataKind; tokenHash: string; requestedBy: string; expiresAt: Date },
): Promise<number> {
  const [row] = await db.insert(personalDataRequests).values(values).returning({ id: personalDataRequests.id });
  return row!.id;
}

export async function recentPersonalDataRequests(db: Database, limit = 50): Promise<PersonalDataRequest[]> {
  return db.select().from(personalDataRequests).orderBy(desc(personalDataRequests.createdAt), desc(personalDataRequests.id)).limit(limit);
}

export async function findPersonalDataRequest(db: Database, id: number, { lock = false } = {}): Promise<PersonalDataRequest | null> {
  const query = db.select().from(personalDataRequests).where(eq(personalDataRequests.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The request this link confirms: unconfirmed and unexpired, locked for the confirming transaction. */
export async function findConfirmableRequest(db: Database, tokenHash: string): Promise<PersonalDataRequest | null> {
  const [row] = await db
    .select()
    .from(personalDataRequests)
    .where(sql`${personalDataRequests.tokenHash} = ${tokenHash} and ${personalDataRequests.confirmedAt} is null and ${personalDataRequests.expiresAt} > now()`)
    .for("update");
  return row ?? null;
}

export async function markRequestConfirmed(db: Database, id: number): Promise<void> {
  await db.update(personalDataRequests).set({ confirmedAt: sql`now()` }).where(eq(personalDataRequests.id, id));
}

export async function markRequestCompleted(db: Database, id: number, result: unknown): Promise<void> {
  await db.update(personalDataRequests).set({ completedAt: sql`now()`, result }).where(eq(personalDataRequests.id, id));
}

const ts = (column: ReturnType<typeof sql>) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Everything kept under this address, as plain JSON. */
export async function collectPersonalData(db: Database, email: string) {
  const accounts = rowsOf<{ id: string; name: string; email: string; role: string; created_at: string; email_verified: string | null; disabled: boolean }>(
    await db.execute(sql`
      select id::text as id, name, email, role, ${ts(sql`created_at`)} as created_at, ${ts(sql`email_verified`)} as email_verified, disabled_at is not null as disabled
      from users where lower(email) = lower(${email})`),
  );
  const account = accounts[0] ?? null;
  const comments = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select c.id, p.headline as post, p.slug as post_slug, c.author_name as name, c.author_email as email, c.author_url as website,
        c.body as comment, c.status, ${ts(sql`c.created_at`)} as written_at, ${ts(sql`c.edited_at`)} as edited_at, c.ip as ip_address, c.user_agent as browser
      from comments c join posts p on p.id = c.post_id
      where lower(c.author_email) = lower(${email}) ${account ? sql`or c.user_id = ${account.id}::uuid` : sql``}
      order by c.created_at, c.id`),
  );
  const subscriptions = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select s.comment_id as to_replies_to_comment, ${ts(sql`s.created_at`)} as since, s.confirmed_at is not null as confirmed
      from comment_subscriptions s
      where lower(s.email) = lower(${email}) ${account ? sql`or s.user_id = ${account.id}::uuid` : sql``}
      order by s.created_at`),
  );
  const notificationChoices = account
    ? rowsOf<Record<string, unknown>>(await db.execute(sql`select kind, mode, digest_minutes from notification_preferences where user_id = ${account.id}::uuid order by kind`))
    : [];
  const sessions = account
    ? rowsOf<Record<string, unknown>>(
        await db.execute(sql`
          select ${ts(sql`created_at`)} as signed_in_at, ${ts(sql`last_seen_at`)} as last_seen_at, ip as ip_address, user_agent as browser
          from user_sessions where user_id = ${account.id}::uuid order by created_at`),
      )
    : [];
  return {
    account: account && { name: account.name, email: account.email, role: account.role, created_at: account.created_at, email_confirmed_at: account.email_verified, disabled: account.disabled },
    comments,
    reply_subscriptions: subscriptions,
    notification_choices: notificationChoices,
    sessions,
  };
}

export interface ErasureResult {
  /** Posts whose comments changed, for expiring their pages. */
  postIds: number[];
  commentsAnonymized: number;
  commentsDeleted: number;
  subscriptionsDeleted: number;
  accountClosed: boolean;
}

/**
 * Erases what is kept under this address, in the caller's transaction: comments
 * are kept as "Anonymous" without email, website, IP address or browser (or
 * deleted: emptied to `removed` where others replied), subscriptions go, and an account is closed: anonymized, disabled,
 * signed out, with no password and no linked outside sign-in. Its posts stay.
 */
export async function erasePersonalData(
  db: Database,
  email: string,
  { deleteComments, removed }: { deleteComments: boolean; removed: { body: string; bodyHtml: string; bodyHtmlVersion: number } },
): Promise<ErasureResult> {
  const [account] = rowsOf<{ id: string }>(await db.execute(sql`select id::text as id from users where lower(email) = lower(${email}) for update`));
  const mine = sql`(lower(author_email) = lower(${email}) ${account ? sql`or user_id = ${account.id}::uuid` : sql``})`;
  let commentsAnonymized = 0;
  let commentsDeleted = 0;
  const postIds = rowsOf<{ post_id: number }>(await db.execute(sql`select distinct post_id from comments where ${mine}`)).map((row) => Number(row.post_id));
  const anonymous = sql`author_name = 'Anonymous', author_email = '', author_url = null, ip = null, ip_key = null, user_agent = null, user_id = null`;
  if (deleteComments) {
    // A comment others replied to keeps its place in the thread, emptied; the rest go.
    commentsAnonymized = rowsOf(
      await db.execute(sql`
        update comments set ${anonymous}, body = ${removed.body}, body_html = ${removed.bodyHtml}, body_html_version = ${removed.bodyHtmlVersion}
        where ${mine} and exists (select 1 from comments r where r.parent_id = comments.id) returning id`),
    ).length;
    commentsDeleted = rowsOf(await db.execute(sql`delete from comments where ${mine} returning id`)).length;
  } else {
    commentsAnonymized = rowsOf(await db.execute(sql`update comments set ${anonymous} where ${mine} returning id`)).length;
  }
  const subscriptionsDeleted = rowsOf(
    await db.execute(sql`delete from comment_subscriptions where lower(email) = lower(${email}) ${account ? sql`or user_id = ${account.id}::uuid` : sql``} returning id`),
  ).length;
  if (account) {
    await db.execute(sql`delete from oauth_accounts where user_id = ${account.id}::uuid`);
    await db.execute(sql`delete from notification_preferences where user_id = ${account.id}::uuid`);
    await db.execute(sql`update user_sessions set revoked_at = coalesce(revoked_at, now()), ip = null, user_agent = '' where user_id = ${account.id}::uuid`);
    await db.execute(sql`
      update users set name = 'Anonymous', email = 'erased-' || id || '@erased.invalid', password_hash = null, image = null,
        disabled_at = coalesce(disabled_at, now()), sessions_revoked_at = now(), updated_at = now()
      where id = ${account.id}::uuid`);
  }
  return { postIds, commentsAnonymized, commentsDeleted, subscriptionsDeleted, accountClosed: Boolean(account) };
}
