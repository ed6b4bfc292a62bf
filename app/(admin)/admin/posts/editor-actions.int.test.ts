import { anySubmission } from "@/lib/testing/matchers";
import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { revalidated, signInAs } from "@/lib/testing/session";
import { formData } from "@/lib/testing/form-data";
import { getDb } from "@/lib/db";
import { findSlugRedirect, getPostForEditor } from "@/db/queries/posts/editor";
import { listRevisions } from "@/db/queries/posts/revisions";
import { categories, postRevisions, posts, tags } from "@/db/schema";
import { createCategory, createOneOfEachRole, createPost, createUser } from "@/db/testing/fixtures";
import type { UserRole } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { jobs } from "@/lib/jobs/jobs";
import { savePostAction, uploadCoverImage } from "./editor-actions";

const draft = (overrides: Record<string, unknown> = {}) => ({
  headline: "Harbour bridge reopens",
  kicker: "Transport",
  lead: "Six months of repairs end early.",
  body: "## What changed\n\n> “It feels new,” said one cyclist.",
  sourceName: "City council",
  sourceUrl: "https://example.org/bridge",
  ...overrides,
});

function saved(result: Awaited<ReturnType<typeof savePostAction>>) {
  if (!result.ok || !result.data || !("post" in result.data)) throw new Error(`save failed: ${JSON.stringify(result)}`);
  return result.data.post;
}

const fieldError = (result: Awaited<ReturnType<typeof savePostAction>>, field: string) =>
  result.ok ? undefined : (result.fieldErrors as Record<string, string> | undefined)?.[field];
const uploadRefusal = (result: Awaited<ReturnType<typeof uploadCoverImage>>) => (result.ok ? undefined : (result.fieldErrors?.file ?? result.formError));

describe("post editor actions", () => {
  let ids: Record<UserRole, string>;

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    ids = await createOneOfEachRole();
    signInAs(null);
  });

  it("refuses readers, moderators and signed-out callers outright, whatever they ask", async () => {
    const existing = await createPost({ authorId: ids.editor, status: "draft" });
    for (const who of [null, ids.reader, ids.moderator]) {
      signInAs(who);
      for (const intent of ["save", "submit", "publish", "schedule", "unpublish", "restore"]) {
        for (const target of [{}, { id: existing.id, version: 1 }]) {
          const result = await savePostAction(draft({ ...target, intent, publishAt: new Date(Date.now() + 3_600_000).toISOString() }));
          expect(result).toEqual({ ok: false, formError: "You don’t have permission to write posts.", submission: anySubmission });
        }
      }
      const form = new FormData();
      form.set("file", new File([new Uint8Array([0x89, 0x50])], "a.png"));
      expect(await uploadCoverImage(form)).toMatchObject({ ok: false, formError: "You don’t have permission to upload images." });
    }
    expect(await getDb().select({ id: posts.id, status: posts.status, version: posts.version }).from(posts)).toEqual([{ id: existing.id, status: "draft", version: 1 }]);
  });

  it("lets an author write and submit their own draft, never publish, schedule or touch others' posts", async () => {
    signInAs(ids.author);
    const post = saved(await savePostAction(draft()));
    expect(post).toMatchObject({ status: "draft", slug: "harbour-bridge-reopens", version: 1, publishedAt: null });
    expect(revalidated).not.toContain("tag:posts");

    for (const intent of ["publish", "schedule", "unpublish"]) {
      const result = await savePostAction(draft({ id: post.id, version: 1, intent, publishAt: new Date(Date.now() + 3_600_000).toISOString() }));
      expect(result.ok).toBe(false);
    }
    const submitted = saved(await savePostAction(draft({ id: post.id, version: 1, intent: "submit" })));
    expect(submitted).toMatchObject({ status: "pending", version: 2 });

    // Someone else's post, and a change of author, are refused.
    const other = await createPost({ authorId: ids.editor, status: "draft" });
    expect(await savePostAction(draft({ id: other.id, version: 1 }))).toEqual({ ok: false, formError: "You can’t edit this post.", submission: anySubmission });
    expect(await savePostAction(draft({ id: post.id, version: 2, authorId: ids.editor }))).toMatchObject({
      ok: false,
      fieldErrors: { authorId: "Only editors can change the author." },
    });
    // Once an editor publishes it, the author can't change it any more.
    signInAs(ids.editor);
    saved(await savePostAction(draft({ id: post.id, version: 2, intent: "publish" })));
    signInAs(ids.author);
    expect(await savePostAction(draft({ id: post.id, version: 3, headline: "Changed" }))).toEqual({ ok: false, formError: "You can’t edit this post.", submission: anySubmission });
  });

  it("lets editors and admins publish anyone's post, keeping the first publish date and expiring the public pages", async () => {
    for (const role of ["editor", "admin"] as const) {
      await truncateAll(getDb());
      const author = await createUser({ role: "author" });
      const pending = await createPost({ authorId: author.id, status: "pending", publishedAt: null, slug: `pending-${role}` });
      signInAs((await createUser({ role })).id);
      revalidated.length = 0;
      const published = saved(await savePostAction(draft({ id: pending.id, version: 1, intent: "publish" })));
      expect(published.status).toBe("published");
      expect(revalidated).toEqual(expect.arrayContaining(["tag:posts", `tag:post:${pending.id}`, `tag:post-slug:${pending.slug}`]));
      const firstDate = published.publishedAt;

      const edited = saved(await savePostAction(draft({ id: pending.id, version: published.version, headline: "Harbour bridge reopens early" })));
      expect(edited.publishedAt).toBe(firstDate);
      const unpublished = saved(await savePostAction(draft({ id: pending.id, version: edited.version, intent: "unpublish" })));
      expect(unpublished).toMatchObject({ status: "unpublished", publishedAt: firstDate });
      const again = saved(await savePostAction(draft({ id: pending.id, version: unpublished.version, intent: "publish" })));
      expect(again).toMatchObject({ status: "published", publishedAt: firstDate });
      const row = await getPostForEditor(getDb(), pending.id);
      expect(row!.authorId).toBe(author.id);
    }
  });

  it("catches a save from a tab that loaded an older version, and says who saved in between", async () => {
    signInAs(ids.editor);
    const post = saved(await savePostAction(draft()));
    // Tab A saves; tab B still holds version 1.
    saved(await savePostAction(draft({ id: post.id, version: 1, body: "Tab A's words" })));
    const stale = await savePostAction(draft({ id: post.id, version: 1, body: "Tab B's words" }));
    expect(stale).toMatchObject({ ok: false, data: { conflict: { version: 2, by: "The editor" } } });
    expect((await getPostForEditor(getDb(), post.id))!.body).toBe("Tab A's words");
    // Saving over theirs on purpose sends the version they saw.
    saved(await savePostAction(draft({ id: post.id, version: 2, body: "Tab B's words" })));
    expect((await getPostForEditor(getDb(), post.id))!.body).toBe("Tab B's words");
  });

  it("answers bad input beside the field and writes nothing", async () => {
    signInAs(ids.editor);
    const taken = await createPost({ authorId: ids.editor, slug: "taken" });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ headline: "   " }, "headline", /headline/],
      [{ slug: "taken", slugEdited: true }, "slug", /already uses this address/],
      [{ slug: "Not a slug!", slugEdited: true }, "slug", /lower-case/],
      [{ body: "x".repeat(2 * 1024 * 1024) }, "body", /too long/],
      [{ sourceUrl: "javascript:alert(1)" }, "sourceUrl", /https/],
      [{ sourceName: "", sourceUrl: "https://example.org" }, "sourceName", /Name the source/],
      [{ intent: "schedule", publishAt: new Date(Date.now() - 60_000).toISOString() }, "publishAt", /future/],
      [{ tags: ["!!!"] }, "tags", /letters or digits/],
      [{ categoryId: 999_999 }, "categoryId", /no longer exists/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await savePostAction(draft(overrides));
      expect(result.ok, field).toBe(false);
      expect((result as { fieldErrors?: Record<string, string> }).fieldErrors?.[field], field).toMatch(message);
    }
    expect((await getDb().select({ id: posts.id }).from(posts)).map((row) => row.id)).toEqual([taken.id]);
  });

  it("derives a free slug from the headline, keeps old addresses of published posts as redirects", async () => {
    signInAs(ids.editor);
    await createPost({ authorId: ids.editor, slug: "harbour-bridge-reopens" });
    const post = saved(await savePostAction(draft({ intent: "publish" })));
    expect(post.slug).toBe("harbour-bridge-reopens-2");
    const renamed = saved(await savePostAction(draft({ id: post.id, version: post.version, slug: "bridge-open", slugEdited: true })));
    expect(renamed.slug).toBe("bridge-open");
    expect(await findSlugRedirect(getDb(), "harbour-bridge-reopens-2")).toBe("bridge-open");
    expect(revalidated).toContain("tag:post-slug:harbour-bridge-reopens-2");
    // The old address stays reserved for this post.
    const clash = await savePostAction(draft({ slug: "harbour-bridge-reopens-2", slugEdited: true }));
    expect(fieldError(clash, "slug")).toMatch(/already uses/);
    // A published post's headline no longer moves its address.
    const retitled = saved(await savePostAction(draft({ id: post.id, version: renamed.version, headline: "Something else", slug: "bridge-open" })));
    expect(retitled.slug).toBe("bridge-open");
  });

  it("creates sections inline (editors only) and tags as typed", async () => {
    signInAs(ids.editor);
    const post = saved(await savePostAction(draft({ newCategory: "Harbour News", tags: ["Bridges", "bridges", "Cycling "] })));
    const [section] = await getDb().select().from(categories);
    expect(section).toMatchObject({ name: "Harbour News", slug: "harbour-news" });
    expect(post.categoryId).toBe(section!.id);
    expect((await getPostForEditor(getDb(), post.id))!.tags).toEqual(["Bridges", "Cycling"]);
    expect((await getDb().select({ slug: tags.slug }).from(tags).orderBy(asc(tags.slug))).map((t) => t.slug)).toEqual(["bridges", "cycling"]);

    signInAs(ids.author);
    const refused = await savePostAction(draft({ newCategory: "Opinion" }));
    expect(fieldError(refused, "newCategory")).toMatch(/Only editors/);
    const existing = await createCategory("sport", "Sport");
    expect((saved(await savePostAction(draft({ categoryId: existing.id })))).categoryId).toBe(existing.id);
  });

  it("keeps a revision per content change, folding one person's autosaves together", async () => {
    signInAs(ids.author);
    const post = saved(await savePostAction(draft()));
    let version = post.version;
    for (const body of ["one", "one two", "one two three"]) {
      version = (saved(await savePostAction(draft({ id: post.id, version, body, autosave: true })))).version;
    }
    // A save that changes nothing in the words keeps no revision.
    version = (saved(await savePostAction(draft({ id: post.id, version, body: "one two three", commentsOpen: false })))).version;
    version = (saved(await savePostAction(draft({ id: post.id, version, body: "final" })))).version;
    const revisions = await listRevisions(getDb(), post.id);
    expect(revisions).toHaveLength(3);
    const bodies = await getDb().select({ body: postRevisions.body, autosave: postRevisions.autosave }).from(postRevisions).orderBy(asc(postRevisions.id));
    expect(bodies).toEqual([
      { body: draft().body, autosave: false },
      { body: "one two three", autosave: true },
      { body: "final", autosave: false },
    ]);
  });

  it("schedules a post, which the job runner publishes at its time and expires the public pages", async () => {
    signInAs(ids.editor);
    const at = new Date(Date.now() + 60_000);
    const post = saved(await savePostAction(draft({ intent: "schedule", publishAt: at.toISOString() })));
    expect(post).toMatchObject({ status: "scheduled", publishedAt: at.toISOString() });
    const publishJob = jobs.filter((job) => job.name === "publish-scheduled");
    const expired: string[] = [];
    expect(await runDueJobs({ only: publishJob, invalidate: (t) => expired.push(...t) })).toEqual({ "publish-scheduled": "published 0 scheduled post(s)" });
    expect(expired).toEqual([]);
    const later = new Date(at.getTime() + 1_000);
    expect(await runDueJobs({ only: publishJob, now: later, invalidate: (t) => expired.push(...t) })).toEqual({ "publish-scheduled": "published 1 scheduled post(s)" });
    expect(expired).toEqual(expect.arrayContaining(["posts", `post:${post.id}`, `post-slug:${post.slug}`]));
    const [row] = await getDb().select({ status: posts.status, publishedAt: posts.publishedAt }).from(posts).where(eq(posts.id, post.id));
    expect(row).toEqual({ status: "published", publishedAt: at });
  });

  it("checks cover images by their bytes: real PNGs pass, scripts named .png, SVGs and oversized files don't", async () => {
    signInAs(ids.author);
    const upload = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.set("file", new File([Buffer.from(bytes)], name, { type: "image/png" }));
      return uploadCoverImage(form);
    };
    const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
    expect(uploadRefusal(await uploadCoverImage(formData({ file: "not a file" })))).toBe("Choose an image to upload.");
    const stored = await upload(png, "dot.png");
    expect(stored).toMatchObject({ ok: true, data: { width: 1, height: 1 } });
    expect(stored.data?.file).toMatch(/^[a-f0-9]{64}\.png$/);
    expect(uploadRefusal(await upload(new TextEncoder().encode("<script>alert(1)</script>"), "evil.png"))).toMatch(/isn’t an image/);
    expect(uploadRefusal(await upload(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), "logo.png"))).toMatch(/SVG/);
    const big = new Uint8Array(5 * 1024 * 1024);
    big.set(png);
    expect(uploadRefusal(await upload(big, "big.png"))).toMatch(/5\.0 MB; the limit is 4 MB/);
  });
});
