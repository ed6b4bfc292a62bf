import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form, withField } from "@/lib/testing/form-data";
import { cookieJar, revalidated, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { comments, users } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { GET as mineRoute } from "@/app/api/comments/mine/route";
import { postComment, previewComment } from "./actions";

const guestForm = (body: string, extra: Record<string, string> = {}) =>
  form({ name: "Dev Patel", email: "dev@example.com", url: "", body, company: "", startedAt: String(Date.now() - 20_000), ...extra });

describe("postComment, called directly", () => {
  let postId: number;
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    for (const role of ["reader", "author", "editor", "moderator", "admin"] as const) {
      ids[role] = (await createUser({ role, name: `The ${role}` })).id;
    }
    ids.disabled = (await createUser({ role: "admin", name: "Gone" })).id;
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, ids.disabled));
    postId = (await createPost({ authorId: ids.author! })).id;
    signInAs(null);
  });

  it("holds a first-time guest and keeps the cache as it is", async () => {
    const state = await postComment({}, withField(guestForm("Hello there"), "postId", postId));
    expect(state.data?.posted).toMatchObject({ status: "pending", name: "Dev Patel" });
    expect(revalidated).toEqual([]);
  });

  it.each([
    ["a reader", "reader", "pending", []],
    ["the post's author", "author", "approved", ["tag:post-comments", "tag:comment-counts"]],
    ["an editor", "editor", "approved", ["tag:post-comments", "tag:comment-counts"]],
    ["a moderator", "moderator", "approved", ["tag:post-comments", "tag:comment-counts"]],
    ["an admin", "admin", "approved", ["tag:post-comments", "tag:comment-counts"]],
  ])("files %s's comment under their account as %s", async (_who, role, status, tags) => {
    signInAs(ids[role]!);
    const state = await postComment({}, withField(guestForm("Signed in", { name: "Forged", email: "forged@example.com" }), "postId", postId));
    expect(state.data?.posted?.status).toBe(status);
    const [row] = await getDb().select().from(comments);
    expect(row).toMatchObject({ userId: ids[role], authorName: `The ${role}` });
    expect(revalidated.map((tag) => tag.replace(/:\d+$/, ""))).toEqual(tags);
  });

  it("treats a disabled account as a guest, never as its old role", async () => {
    signInAs(ids.disabled!);
    const state = await postComment({}, withField(guestForm("From a disabled admin"), "postId", postId));
    expect(state.data?.posted?.status).toBe("pending");
    const [row] = await getDb().select().from(comments);
    expect(row?.userId).toBeNull();
  });

  it("refuses bad input beside the field, keeps the text and stores nothing", async () => {
    const state = await postComment({}, withField(guestForm("Keep me", { email: "nope", url: "javascript:alert(1)" }), "postId", postId));
    expect(state.fieldErrors).toEqual({ email: "Enter an email address like name@example.com." });
    expect(state.values).toMatchObject({ body: "Keep me", email: "nope", url: "javascript:alert(1)" });
    const huge = await postComment({}, withField(guestForm("x".repeat(80_000)), "postId", postId));
    expect(huge.fieldErrors?.body).toMatch(/at most 65,525/);
    expect(await getDb().select().from(comments)).toEqual([]);
  });

  it("shows a held comment to its author only: their account, or the cookie of their browser", async () => {
    const held = await createComment({ postId, status: "pending", userId: ids.reader!, body: "Mine" });
    await createComment({ postId, status: "pending", body: "Someone else's" });
    const request = () => new Request(`http://localhost/api/comments/mine?post=${postId}`);
    type Mine = { held: { id: number }[]; changeable: { id: number }[] };

    signInAs(ids.reader!);
    const mine = (await (await mineRoute(request())).json()) as Mine;
    expect(mine.held.map((c) => c.id)).toEqual([held.id]);
    expect(mine.changeable.map((c) => c.id)).toEqual([held.id]);
    signInAs(ids.editor!);
    expect(await (await mineRoute(request())).json()).toEqual({ held: [], changeable: [] });
    signInAs(null);
    expect(await (await mineRoute(request())).json()).toEqual({ held: [], changeable: [] });
    expect((await mineRoute(new Request("http://localhost/api/comments/mine?post=abc"))).status).toBe(400);

    // A guest's browser is vouched for by the signed cookie the comment action set.
    const state = await postComment({}, withField(guestForm("Guest's own"), "postId", postId));
    const guestMine = (await (await mineRoute(request())).json()) as Mine;
    expect(guestMine.held.map((c) => c.id)).toEqual([state.data?.posted!.id]);
    cookieJar.clear();
    expect(await (await mineRoute(request())).json()).toEqual({ held: [], changeable: [] });
  });

  it("refuses a missing or forged post id and stores nothing", async () => {
    for (const postIdField of ["", "abc", "-1", "99999999999"]) {
      const state = await postComment({}, withField(guestForm("Nowhere"), "postId", postIdField));
      expect(state.formError).toBe("This article can’t take comments.");
      expect(state.values?.body).toBe("Nowhere");
    }
    const state = await postComment({}, withField(guestForm("Nowhere"), "postId", 424242));
    expect(state.formError).toBe("This article isn’t open for comments.");
    expect(await getDb().select().from(comments)).toEqual([]);
  });

  it("previews through the sanitizing renderer", async () => {
    expect((await previewComment("<script>alert(1)</script>\n\nSay *hi* [x](javascript:alert(2))")).data?.html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Say <em>hi</em> x</p>",
    );
  });

  it("orders nothing it was not asked to: comments stay in the order they came", async () => {
    signInAs(ids.editor!);
    await postComment({}, withField(guestForm("first"), "postId", postId));
    signInAs(ids.admin!);
    await postComment({}, withField(guestForm("second"), "postId", postId));
    const rows = await getDb().select({ body: comments.body }).from(comments).orderBy(asc(comments.id));
    expect(rows.map((row) => row.body)).toEqual(["first", "second"]);
  });
});
