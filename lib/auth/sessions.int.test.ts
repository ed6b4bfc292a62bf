import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { cookieJar, currentSession, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { comments, userSessions } from "@/db/schema";
import { getLiveSession, insertSession, listLiveSessions } from "@/db/queries/users/sessions";
import { createOneOfEachRole, createPost } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { GET as me } from "@/app/api/me/route";
import { updateName } from "@/app/(site)/account/actions";
import { signOutEverywhere, signOutSession } from "@/app/(site)/account/session-actions";
import { changeUserRole } from "@/app/(admin)/admin/users/actions";
import { postComment } from "@/app/(site)/posts/[slug]/actions";
import { endSignedOutSession, startSession } from "./sessions";
import { getCurrentUser } from "../dal";

const whoAmI = async () => ((await (await me()).json()) as { user: { name: string } | null }).user;

describe("server-side sessions", () => {
  let ids: Awaited<ReturnType<typeof createOneOfEachRole>>;

  beforeEach(async () => {
    await truncateAll(getDb());
    ids = await createOneOfEachRole();
  });

  it("ends a session on sign-out: the same cookie afterwards is a stranger everywhere", async () => {
    signInAs(ids.admin);
    expect(await whoAmI()).toEqual({ name: "The admin", role: "admin" });
    await endSignedOutSession({ sid: currentSession(), sub: ids.admin });

    // The cookie is replayed unchanged: every door treats it as signed out.
    expect(await whoAmI()).toBeNull();
    expect((await updateName({}, form({ name: "Hijacked" }))).formError).toBeTruthy();
    expect((await changeUserRole({}, form({ userId: ids.reader, role: "admin" }))).ok).not.toBe(true);
    const post = await createPost({ authorId: ids.author });
    await postComment({}, form({ postId: String(post.id), name: "", email: "", url: "", body: "As the admin?", company: "", startedAt: "" }));
    expect(await getDb().select({ userId: comments.userId }).from(comments)).toEqual([]);
  });

  it("never matches a session to an account it doesn't belong to, or one that never existed", async () => {
    const editors = await insertSession(getDb(), { userId: ids.editor, userAgent: "", ip: null, expiresAt: new Date(Date.now() + 60_000) });
    expect(await getLiveSession(getDb(), { id: editors, userId: ids.editor })).not.toBeNull();
    expect(await getLiveSession(getDb(), { id: editors, userId: ids.admin })).toBeNull();
    expect(await getLiveSession(getDb(), { id: "00000000-0000-4000-8000-000000000000", userId: ids.admin })).toBeNull();
    expect(await getLiveSession(getDb(), { id: "x'; drop table users; --", userId: ids.admin })).toBeNull();
  });

  it("refuses an expired session", async () => {
    signInAs(ids.reader);
    expect(await whoAmI()).not.toBeNull();
    await getDb().update(userSessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(userSessions.id, currentSession()));
    expect(await whoAmI()).toBeNull();
  });

  it("lists live sessions and ends another of the account's own, never someone else's", async () => {
    const laptop = await insertSession(getDb(), { userId: ids.reader, userAgent: "Firefox", ip: "192.0.2.1", expiresAt: new Date(Date.now() + 60_000) });
    const strangers = await insertSession(getDb(), { userId: ids.editor, userAgent: "Chrome", ip: null, expiresAt: new Date(Date.now() + 60_000) });
    signInAs(ids.reader);
    await getCurrentUser();
    expect((await listLiveSessions(getDb(), { userId: ids.reader })).map((s) => s.id).sort()).toEqual([laptop, currentSession()].sort());

    await signOutSession(form({ sessionId: strangers }));
    await signOutSession(form({ sessionId: "not-a-uuid" }));
    expect((await listLiveSessions(getDb(), { userId: ids.editor })).map((s) => s.id)).toEqual([strangers]);

    await signOutSession(form({ sessionId: laptop }));
    expect((await listLiveSessions(getDb(), { userId: ids.reader })).map((s) => s.id)).toEqual([currentSession()]);
    expect(await whoAmI()).not.toBeNull();
  });

  it("signs out everywhere, this browser included", async () => {
    await insertSession(getDb(), { userId: ids.moderator, userAgent: "Phone", ip: null, expiresAt: new Date(Date.now() + 60_000) });
    signInAs(ids.moderator);
    await getCurrentUser();
    await signOutEverywhere();
    expect(await listLiveSessions(getDb(), { userId: ids.moderator })).toEqual([]);
    expect(await whoAmI()).toBeNull();
  });

  it("records a new session with its browser and address at sign-in", async () => {
    const sid = await startSession(ids.author);
    const [row] = await listLiveSessions(getDb(), { userId: ids.author });
    expect(row).toMatchObject({ id: sid, userAgent: "Vitest", ip: "192.0.2.77" });
    expect(cookieJar.size).toBe(0);
  });
});
