import { beforeEach, describe, expect, it } from "vitest";
import "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { GET as locate } from "@/app/api/comments/[id]/location/route";
import { GET as permalink } from "./[id]/route";

const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("comment permalinks, called directly", () => {
  let slug: string;
  let postId: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    const post = await createPost({ authorId: (await createUser({ role: "author" })).id });
    slug = post.slug;
    postId = post.id;
  });

  it("sends a published comment's permalink to the page that shows it", async () => {
    const comment = await createComment({ postId });
    // However the server was reached (here: its bind address), the answer is relative.
    const response = await permalink(new Request(`http://0.0.0.0:3920/comment/${comment.id}`), params(String(comment.id)));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/posts/${slug}#comment-${comment.id}`);
    const located = await locate(new Request(`http://localhost/api/comments/${comment.id}/location?order=newest`), params(String(comment.id)));
    expect(await located.json()).toEqual({ url: `/posts/${slug}/comments/newest/1#comment-${comment.id}` });
  });

  it("reveals nothing about held, spam or missing comments, and refuses malformed ids", async () => {
    for (const status of ["pending", "spam", "trash"] as const) {
      const hidden = await createComment({ postId, status });
      expect((await permalink(new Request("http://localhost/"), params(String(hidden.id)))).status).toBe(404);
      expect((await locate(new Request("http://localhost/"), params(String(hidden.id)))).status).toBe(404);
    }
    expect((await permalink(new Request("http://localhost/"), params("999999"))).status).toBe(404);
    for (const bad of ["abc", "-1", "1e3", "99999999999"]) {
      expect((await permalink(new Request("http://localhost/"), params(bad))).status).toBe(404);
      expect((await locate(new Request("http://localhost/"), params(bad))).status).toBe(400);
    }
    const comment = await createComment({ postId });
    expect((await locate(new Request("http://localhost/?order=best"), params(String(comment.id)))).status).toBe(400);
  });
});
