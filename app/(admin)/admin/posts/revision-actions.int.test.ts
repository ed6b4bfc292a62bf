import { anySubmission } from "@/lib/testing/matchers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { revalidated, signInAs } from "@/lib/testing/session";
import { formData } from "@/lib/testing/form-data";
import { getDb } from "@/lib/db";
import { getPostForEditor } from "@/db/queries/posts/editor";
import { listRevisions } from "@/db/queries/posts/revisions";
import { createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { savePostAction } from "./editor-actions";
import { restoreRevision } from "./revision-actions";

// Like Next's own: an error whose digest marks it as a redirect, which actions let through.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect:${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));

function savedPost(state: Awaited<ReturnType<typeof savePostAction>>) {
  if (!state.ok || !state.data || !("post" in state.data)) throw new Error(`save failed: ${JSON.stringify(state)}`);
  return state.data.post;
}

const restore = (post: number, revision: number, version: number) =>
  restoreRevision({}, formData({ post: String(post), revision: String(revision), version: String(version) }));

describe("restoring a revision", () => {
  let authorId: string;
  let editorId: string;

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    authorId = (await createUser({ role: "author", name: "Tom" })).id;
    editorId = (await createUser({ role: "editor", name: "Marta" })).id;
  });

  async function postWithTwoVersions() {
    signInAs(authorId);
    const first = savedPost(await savePostAction({ headline: "First headline", body: "First body", tags: ["Ferries"] }));
    return savedPost(await savePostAction({ id: first.id, version: first.version, headline: "Second headline", body: "Second body", tags: ["Ferries"] }));
  }

  it("puts the old words back as a new revision, keeping address, tags and status", async () => {
    const post = await postWithTwoVersions();
    const [latest, original] = await listRevisions(getDb(), post.id);
    expect([latest!.headline, original!.headline]).toEqual(["Second headline", "First headline"]);

    await expect(restore(post.id, original!.id, post.version)).rejects.toThrow(`redirect:/admin/posts/${post.id}/edit`);
    const restored = await getPostForEditor(getDb(), post.id);
    expect(restored).toMatchObject({ headline: "First headline", body: "First body", slug: post.slug, status: "draft", tags: ["Ferries"], version: post.version + 1 });
    const revisions = await listRevisions(getDb(), post.id);
    expect(revisions.map((revision) => revision.headline)).toEqual(["First headline", "Second headline", "First headline"]);
  });

  it("refuses a stale page, someone else's post and people who can't edit", async () => {
    const post = await postWithTwoVersions();
    const [, original] = await listRevisions(getDb(), post.id);
    expect(await restore(post.id, original!.id, post.version - 1)).toEqual({ ok: false, formError: "The post changed since this page was opened. Reload and try again.", submission: anySubmission });

    signInAs((await createUser({ role: "author" })).id);
    expect(await restore(post.id, original!.id, post.version)).toEqual({ ok: false, formError: "You can’t edit this post.", submission: anySubmission });
    for (const role of ["reader", "moderator"] as const) {
      signInAs((await createUser({ role })).id);
      expect(await restore(post.id, original!.id, post.version)).toEqual({ ok: false, formError: "You don’t have permission to edit posts.", submission: anySubmission });
    }
    signInAs(editorId);
    expect(await restore(post.id, 999_999, post.version)).toEqual({ ok: false, formError: "That revision can’t be found.", submission: anySubmission });
    expect((await getPostForEditor(getDb(), post.id))!.headline).toBe("Second headline");
  });
});
