import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { settleAfterResponse, signInAs } from "@/lib/testing/session";
import { rowsOf } from "@/db/rows";
import { commentSubscriptions, users } from "@/db/schema";
import { createComment, createOneOfEachRole, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { getDb } from "@/lib/db";
import { formData, tokenFrom } from "@/lib/testing/form-data";
import { readDiscussionSettings, writeDiscussionSettings } from "@/lib/settings/store";
import { confirmPersonalData } from "@/app/(site)/personal-data/confirm/actions";
import { eraseAction, requestPersonalDataAction } from "./actions";
import { GET as exportRoute } from "./[id]/export/route";

const PAT = "Pat.Reader@example.test";

async function confirmationToken(to: string): Promise<string> {
  const [mail] = rowsOf<{ text_body: string }>(await getDb().execute(sql`select text_body from mail_queue where lower(to_address) = lower(${to}) order by id desc limit 1`));
  return tokenFrom(mail!.text_body)!;
}

async function confirm(token: string): Promise<string> {
  try {
    const state = await confirmPersonalData({}, formData({ token }));
    return state.formError ?? "no redirect";
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error).split(";")[2] ?? "";
  }
}

const requestIds = async () => rowsOf<{ id: number; kind: string }>(await getDb().execute(sql`select id, kind from personal_data_requests order by id`));
const exportOf = (id: number) => exportRoute(new Request(`http://localhost/admin/tools/personal-data/${id}/export`), { params: Promise.resolve({ id: String(id) }) });

describe("personal-data requests, called directly", () => {
  let roles: Awaited<ReturnType<typeof createOneOfEachRole>>;
  let postId: number;
  let patId: string;
  beforeEach(async () => {
    await truncateAll(getDb());
    roles = await createOneOfEachRole();
    postId = (await createPost({ authorId: roles.author })).id;
    patId = (await getDb().insert(users).values({ email: PAT, name: "Pat", role: "reader" }).returning())[0]!.id;
  });

  async function scene() {
    const guestComment = await createComment({ postId, body: "Written as a guest.", authorName: "Pat", authorEmail: "pat.reader@EXAMPLE.test", authorUrl: "https://pat.example", ip: "203.0.113.5", userAgent: "Firefox" });
    const accountComment = await createComment({ postId, body: "Written signed in.", authorName: "Pat", authorEmail: PAT, userId: patId, ip: "203.0.113.5" });
    const reply = await createComment({ postId, body: "Someone else's reply.", authorName: "Sam", authorEmail: "sam@example.test" }, guestComment);
    await getDb().insert(commentSubscriptions).values({ commentId: guestComment.id, email: PAT, confirmedAt: new Date() });
    return { guestComment, accountComment, reply };
  }

  it("refuses everyone but admins, and explains a bad address beside the field, keeping what was typed", async () => {
    signInAs(roles.editor);
    expect(await requestPersonalDataAction({}, formData({ email: PAT, kind: "export" }))).toMatchObject({ ok: false, formError: "Only admins handle personal-data requests." });
    signInAs(roles.admin);
    const refused = await requestPersonalDataAction({}, formData({ email: "not an address", kind: "erase" }));
    expect(refused).toMatchObject({ ok: false, values: { email: "not an address", kind: "erase" } });
    expect(refused.fieldErrors?.email).toBeTruthy();
    expect(await requestIds()).toEqual([]);
  });

  it("hands over the data only once the address has confirmed, and only to admins", async () => {
    await scene();
    signInAs(roles.admin);
    expect(await requestPersonalDataAction({}, formData({ email: PAT, kind: "export" }))).toMatchObject({ ok: true });
    await settleAfterResponse();
    const id = (await requestIds())[0]!.id;
    expect((await exportOf(id)).status).toBe(404);
    const token = await confirmationToken(PAT);
    expect(await confirm("x".repeat(43))).toMatch(/not valid/);
    expect(await confirm(token)).toBe("/personal-data/confirm?done=export");
    expect(await confirm(token)).toMatch(/not valid, was used already/);

    signInAs(roles.editor);
    expect((await exportOf(id)).status).toBe(404);
    signInAs(roles.admin);
    const response = await exportOf(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="personal-data-${id}.json"`);
    const data = (await response.json()) as { account: { email: string }; comments: { comment: string; ip_address: string | null }[]; reply_subscriptions: unknown[] };
    expect(data.account.email).toBe(PAT);
    expect(data.comments.map((c) => c.comment)).toEqual(["Written as a guest.", "Written signed in."]);
    expect(data.comments[0]!.ip_address).toBe("203.0.113.5");
    expect(data.reply_subscriptions).toHaveLength(1);
  });

  it("erases once confirmed: comments kept as Anonymous without address, website or IP, others' replies untouched, the account closed", async () => {
    const { reply } = await scene();
    signInAs(roles.admin);
    await requestPersonalDataAction({}, formData({ email: PAT, kind: "erase" }));
    const id = (await requestIds())[0]!.id;
    expect(await eraseAction({}, formData({ id: String(id) }))).toMatchObject({ ok: false, formError: "The person has not confirmed this request yet." });
    await confirm(await confirmationToken(PAT));
    expect(await eraseAction({}, formData({ id: String(id) }))).toMatchObject({ ok: true });

    const comments = rowsOf<{ id: number; author_name: string; author_email: string; author_url: string | null; ip: string | null; user_agent: string | null; user_id: string | null; body: string }>(
      await getDb().execute(sql`select id, author_name, author_email, author_url, ip, user_agent, user_id, body from comments order by id`),
    );
    expect(comments.slice(0, 2).map(({ id: _id, ...rest }) => rest)).toEqual([
      { author_name: "Anonymous", author_email: "", author_url: null, ip: null, user_agent: null, user_id: null, body: "Written as a guest." },
      { author_name: "Anonymous", author_email: "", author_url: null, ip: null, user_agent: null, user_id: null, body: "Written signed in." },
    ]);
    expect(comments[2]).toMatchObject({ id: reply.id, author_name: "Sam", author_email: "sam@example.test" });
    const [account] = rowsOf<{ name: string; email: string; disabled: boolean; password_hash: string | null }>(
      await getDb().execute(sql`select name, email, disabled_at is not null as disabled, password_hash from users where id = ${patId}`),
    );
    expect(account).toEqual({ name: "Anonymous", email: `erased-${patId}@erased.invalid`, disabled: true, password_hash: null });
    expect(await getDb().select().from(commentSubscriptions)).toEqual([]);
    expect(await eraseAction({}, formData({ id: String(id) }))).toMatchObject({ ok: false, formError: "This request was carried out already." });
  });

  it("deletes the comments instead when the site says so, emptying one that others replied to", async () => {
    const { guestComment, reply } = await scene();
    await writeDiscussionSettings(getDb(), { ...(await readDiscussionSettings(getDb())), erasureDeletesComments: true });
    const other = await createUser({ role: "reader" });
    signInAs(roles.admin);
    await requestPersonalDataAction({}, formData({ email: PAT, kind: "erase" }));
    await confirm(await confirmationToken(PAT));
    const id = (await requestIds())[0]!.id;
    const erased = await eraseAction({}, formData({ id: String(id) }));
    expect(erased.ok).toBe(true);
    expect(erased.message).toContain("1 comment(s) made anonymous, 1 deleted");
    const left = rowsOf<{ id: number; author_name: string; body: string }>(await getDb().execute(sql`select id, author_name, body from comments order by id`));
    expect(left).toEqual([
      { id: guestComment.id, author_name: "Anonymous", body: "This comment was removed at its author’s request." },
      { id: reply.id, author_name: "Sam", body: "Someone else's reply." },
    ]);
    expect(await getDb().select().from(users).then((rows) => rows.some((u) => u.id === other.id && u.disabledAt === null))).toBe(true);
  });
});
