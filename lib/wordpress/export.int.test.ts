import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { createCategory, createComment, createPost, createTag, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { getDb } from "@/lib/db";
import { renderCommentMarkdown } from "@/lib/markdown/comment";
import { renderPostMarkdown } from "@/lib/markdown/post";
import { exportWordPress } from "./export";
import { importWordPress } from "./import";
import { readWxrFile } from "./wxr-reader";

async function exportToFile(): Promise<string> {
  const pieces: string[] = [];
  for await (const piece of exportWordPress(getDb(), { siteUrl: "https://news.example/" })) pieces.push(piece);
  const file = path.join(await mkdtemp(path.join(tmpdir(), "wxr-out-")), "site.xml");
  await writeFile(file, pieces.join(""));
  return file;
}

// WordPress keeps dates to the second.
const seconds = (date: Date | string) => new Date(date).toISOString().replace(/\.\d{3}Z$/, "Z");

/** The site as a comparable picture: posts with section, tags and rendered body; comments as threads by text. */
async function snapshot() {
  const db = getDb();
  const posts = rowsOf<{ slug: string; headline: string; lead: string; status: string; body: string; section: string | null; tags: string[]; comments_open: boolean; published_at: Date | null }>(
    await db.execute(sql`
      select p.slug, p.headline, p.lead, p.status, p.body, c.slug as section, p.comments_open, p.published_at,
        array(select t.slug from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = p.id order by t.slug) as tags
      from posts p left join categories c on c.id = p.category_id order by p.slug`),
  ).map(({ body, published_at, ...post }) => ({ ...post, html: renderPostMarkdown(body), published: published_at ? seconds(published_at) : null }));
  const comments = rowsOf<{ slug: string; author_name: string; author_email: string; status: string; body: string; parent_body: string | null; depth: number }>(
    await db.execute(sql`
      select p.slug, c.author_name, c.author_email, c.status, c.body, parent.body as parent_body, c.depth
      from comments c join posts p on p.id = c.post_id left join comments parent on parent.id = c.parent_id
      order by p.slug, c.body`),
  ).map(({ body, parent_body, ...comment }) => ({ ...comment, html: renderCommentMarkdown(body), parent: parent_body === null ? null : renderCommentMarkdown(parent_body) }));
  return { posts, comments };
}

describe("WordPress export", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("exports a site that imports into an empty database as the same posts, sections, tags and comment threads", async () => {
    const author = await createUser({ role: "author", name: "Ann Author" });
    const section = await createCategory("city-hall", "City Hall");
    const [tagA, tagB] = [await createTag("budget", "Budget"), await createTag("fish-and-chips", "Fish & chips")];
    const published = await createPost(
      {
        authorId: author.id,
        slug: "budget-passes",
        headline: "Budget passes <narrowly> & late",
        lead: "Councillors voted 5–4.",
        body: "## Who voted\n\nText with **bold**, _emphasis_ and [a link](https://council.example/minutes).\n\n- one\n- two\n\n| a | b |\n| --- | --- |\n| 1 | 2 |",
        categoryId: section.id,
        publishedAt: new Date("2024-03-01T09:00:00Z"),
      },
      [tagA.id, tagB.id],
    );
    await createPost({ authorId: author.id, slug: "a-draft", headline: "A draft", status: "draft", publishedAt: null, body: "Not yet." });
    await createPost({ authorId: author.id, slug: "later", headline: "Later", status: "scheduled", publishedAt: new Date("2031-01-01T08:00:00Z"), commentsOpen: false });
    await createPost({ authorId: author.id, slug: "binned", headline: "Binned", status: "trash" });
    const root = await createComment({ postId: published.id, body: "First *thoughts* on this.", authorName: "Reader One", authorEmail: "one@example.test" });
    const reply = await createComment({ postId: published.id, body: "A reply with a [link](https://example.org).", authorName: "Reader Two", authorEmail: "two@example.test" }, root);
    await createComment({ postId: published.id, body: "A reply to the reply.", authorName: "Reader One", authorEmail: "one@example.test" }, reply);
    await createComment({ postId: published.id, body: "Held for a moderator.", status: "pending" });
    await createComment({ postId: published.id, body: "Buy pills", status: "spam" });
    await createComment({ postId: published.id, body: "Binned comment", status: "trash" });
    const before = await snapshot();

    const file = await exportToFile();
    // What WordPress reads: version 1.2, the namespaces, and one item per post.
    const records = [];
    for await (const record of readWxrFile(file)) records.push(record);
    expect(records.filter((r) => r.kind === "item")).toHaveLength(4);

    await truncateAll(getDb());
    const report = await importWordPress(getDb(), file);
    expect(report.created).toMatchObject({ posts: 4, comments: 6 });
    const after = await snapshot();
    expect(after.posts).toEqual(before.posts);
    expect(after.comments).toEqual(before.comments);
  });
});
