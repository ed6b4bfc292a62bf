import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { truncateAll } from "@/db/testing/reset";
import { rowsOf } from "@/db/rows";
import { getDb } from "@/lib/db";
import LegacyAddress from "@/app/(site)/[...legacy]/page";
import { importWordPress, WxrError } from "./import";
import type { WxrComment, WxrItem } from "./wxr-reader";
import { wxrFooter, wxrHeader, wxrItem } from "./wxr-writer";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);
const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));

async function count(table: string): Promise<number> {
  return Number(rowsOf<{ n: number }>(await getDb().execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
}
const counts = async () => ({
  posts: await count("posts"),
  comments: await count("comments"),
  users: await count("users"),
  categories: await count("categories"),
  tags: await count("tags"),
  redirects: await count("legacy_redirects"),
});

/** Where the old-address page sends a path: the redirect target, or "404". */
async function legacy(...segments: string[]): Promise<string> {
  try {
    await LegacyAddress({ params: Promise.resolve({ legacy: segments }) });
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) {
      const [, , target, status] = digest.split(";");
      return `${status} ${target}`;
    }
    if (digest.includes("404")) return "404";
    throw error;
  }
  throw new Error("the page rendered");
}

/** An export with what the fixtures lack: every status, deep threads out of order, thousands of comments, hostile content. */
function generatedExport(): string {
  const comment = (id: number, extra: Partial<WxrComment> = {}): Partial<WxrComment> => ({
    id: String(id),
    author: `Reader ${id % 50}`,
    authorEmail: `reader${id % 50}@example.test`,
    authorUrl: id % 7 === 0 ? "javascript:alert(1)" : `https://reader${id % 50}.example`,
    authorIp: `10.0.${id % 250}.${id % 200}`,
    dateGmt: `2023-05-0${1 + (id % 9)} 10:${String(id % 60).padStart(2, "0")}:00`,
    content: `Comment number ${id}.\nSecond line.`,
    approved: "1",
    parent: "0",
    ...extra,
  });
  const many: Partial<WxrComment>[] = [];
  // A thread eight deep, the deepest reply listed first.
  for (let depth = 8; depth >= 0; depth--) many.push(comment(100 + depth, { parent: depth === 0 ? "0" : String(100 + depth - 1) }));
  many.push(comment(200, { approved: "0" }), comment(201, { approved: "spam" }), comment(202, { approved: "trash" }));
  many.push(comment(203, { type: "pingback", content: "pingback" }));
  many.push(comment(204, { parent: "99999" }));
  many.push(comment(205, { content: `<script>alert(1)</script><a href="javascript:alert(2)">x</a> <b onclick="alert(3)">hi</b>` }));
  for (let id = 1000; id < 4000; id++) many.push(comment(id, { parent: id % 3 === 0 ? String(id - 1) : "0" }));

  const items: Partial<WxrItem>[] = [
    {
      title: "Caf&eacute; <em>opens</em> on the harbour",
      postId: "10",
      postName: "caf%c3%a9-opens",
      link: "https://old.example/2023/05/01/caf%c3%a9-opens/",
      creator: "ed",
      postDateGmt: "2023-05-01 09:00:00",
      content: `<!-- wp:paragraph --><p>Body <script>alert(1)</script><img src="x" onerror="alert(2)"></p><!-- /wp:paragraph -->`,
      excerpt: "The lead.",
      status: "publish",
      terms: [
        { domain: "category", slug: "local", name: "Local" },
        { domain: "category", slug: "food", name: "Food" },
        { domain: "post_tag", slug: "harbour", name: "Harbour" },
      ],
      meta: { _thumbnail_id: "50" },
      comments: many as WxrComment[],
    },
    { title: "A draft", postId: "11", postName: "", status: "draft", creator: "ed", postDateGmt: "0000-00-00 00:00:00", postDate: "2023-06-01 10:00:00" },
    { title: "Coming soon", postId: "12", postName: "coming-soon", status: "future", creator: "newbie", postDateGmt: "2030-01-01 08:00:00" },
    { title: "Staff only", postId: "13", postName: "staff-only", status: "private", creator: "ed" },
    { title: "Secret", postId: "14", postName: "secret", status: "publish", password: "hunter2", creator: "ed" },
    { title: "Binned", postId: "15", postName: "binned", status: "trash", creator: "ed" },
    { title: "About us", postId: "16", postName: "about", status: "publish", postType: "page", creator: "ed" },
    { title: "Old revision", postId: "17", status: "inherit", postType: "revision" },
    { title: "cover.png", postId: "50", postType: "attachment", status: "inherit", attachmentUrl: "https://old.example/wp-content/uploads/2023/05/cover.png" },
  ];
  return (
    wxrHeader(
      { title: "Old News", link: "https://old.example" },
      [
        { login: "ed", email: "Ed@Example.test", displayName: "Ed Itor" },
        { login: "newbie", email: "", displayName: "New Writer" },
      ],
      [
        { taxonomy: "category", id: "3", slug: "local", name: "Local" },
        { taxonomy: "category", id: "4", slug: "food", name: "Food", parent: "local" },
        { taxonomy: "post_tag", id: "5", slug: "harbour", name: "Harbour" },
      ],
    ) +
    items.map(wxrItem).join("") +
    wxrFooter
  );
}

describe("WordPress import", () => {
  let dir: string;
  beforeEach(async () => {
    await truncateAll(getDb());
    dir = await mkdtemp(path.join(tmpdir(), "wxr-"));
  });

  it("imports the real block-editor export: posts, sections, tags, authors without passwords, a reply thread, old addresses", async () => {
    const report = await importWordPress(getDb(), fixture("64-block-test-data.xml"));
    expect(report.created).toMatchObject({ posts: 61, comments: 2, authors: 2 });
    expect(report.skippedByReason["a WordPress page is not a post"]).toBe(1);
    const db = getDb();
    const [list] = rowsOf<{ headline: string; body: string; status: string; section: string; published_at: Date }>(
      await db.execute(sql`select headline, body, status, (select slug from categories c where c.id = p.category_id) as section, published_at from posts p where slug = 'list'`),
    );
    expect(list).toMatchObject({ headline: "List", status: "published", section: "text" });
    expect(new Date(list!.published_at).toISOString()).toBe("2024-02-05T15:59:12.000Z");
    expect(list!.body).toContain("## Unordered");
    expect(list!.body).not.toContain("wp:list");
    const authors = rowsOf<{ password_hash: string | null; role: string; slug: string }>(await db.execute(sql`select password_hash, role, slug from users`));
    expect(authors.every((a) => a.password_hash === null && a.role === "author")).toBe(true);
    // WordPress's author archive was /author/<login>: the same address works here.
    expect(authors.map((a) => a.slug)).toContain("themedemos");
    const thread = rowsOf<{ id: number; parent_id: number | null; depth: number; user_id: string | null; body: string }>(
      await db.execute(sql`select id, parent_id, depth, user_id, body from comments order by created_at`),
    );
    expect(thread[1]).toMatchObject({ parent_id: thread[0]!.id, depth: 1, body: "A reply to the example comment." });
    // The commenter was one of the export's authors: linked to that account.
    expect(thread.every((c) => c.user_id !== null)).toBe(true);
    expect(await legacy("wordpress-query", "p", "19")).toBe("308 /posts/list");
    expect(await legacy("2024", "02", "05", "list")).toBe("308 /posts/list");
    expect(await legacy("list")).toBe("308 /posts/list");
    expect(await legacy("no-such-story")).toBe("404");
  });

  it("imports the older classic export, taking the first plain category as the section", async () => {
    const report = await importWordPress(getDb(), fixture("theme-preview.xml"));
    expect(report.created).toMatchObject({ posts: 7, comments: 2, authors: 1 });
    const [boat] = rowsOf<{ section: string | null; tags: string[] }>(
      await getDb().execute(sql`select (select slug from categories c where c.id = p.category_id) as section,
        array(select t.slug from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = p.id order by t.slug) as tags
        from posts p where slug = 'worth-a-thousand-words'`),
    );
    expect(boat).toEqual({ section: null, tags: ["boat", "lake"] });
    expect(await legacy("wordpress-query", "p", "19")).toBe("308 /posts/worth-a-thousand-words");
  });

  it("imports every status, threads in any order, thousands of comments and hostile content, and a second run creates nothing", async () => {
    const file = path.join(dir, "export.xml");
    await writeFile(file, generatedExport());
    const uploads = path.join(dir, "uploads");
    await mkdir(path.join(uploads, "2023", "05"), { recursive: true });
    await writeFile(path.join(uploads, "2023", "05", "cover.png"), png);
    const existing = rowsOf<{ id: string }>(await getDb().execute(sql`insert into users (email, name, role) values ('ed@example.test', 'Ed', 'editor') returning id`))[0]!.id;

    const progress: number[] = [];
    const report = await importWordPress(getDb(), file, { uploadsDir: uploads, onProgress: (p) => p.phase === "importing" && progress.push(p.comments) });
    expect(report.created).toMatchObject({ posts: 6, authors: 1, images: 1, comments: 9 + 3 + 1 + 1 + 3000 });
    expect(report.skippedByReason).toMatchObject({
      "a WordPress page is not a post": 1,
      "pingbacks and trackbacks are not imported": 1,
      "its parent comment is not in the export: shown as a comment of its own": 1,
      "password-protected posts are imported unpublished": 1,
    });
    expect(progress.at(-1)).toBe(3015);
    const db = getDb();
    const posts = rowsOf<{ slug: string; status: string; author_id: string; headline: string; body: string; cover_image: string | null; lead: string }>(
      await db.execute(sql`select slug, status, author_id, headline, body, cover_image, lead from posts order by id`),
    );
    expect(posts.map((p) => [p.slug, p.status])).toEqual([
      ["cafe-opens", "published"],
      ["a-draft", "draft"],
      ["coming-soon", "scheduled"],
      ["staff-only", "unpublished"],
      ["secret", "unpublished"],
      ["binned", "trash"],
    ]);
    const cafe = posts[0]!;
    expect(cafe.author_id).toBe(existing);
    expect(cafe.headline).toBe("Café opens on the harbour");
    expect(cafe.lead).toBe("The lead.");
    expect(cafe.cover_image).toMatch(/^[a-f0-9]{64}\.png$/);
    expect(cafe.body).not.toMatch(/<script|onerror/);

    const statuses = rowsOf<{ status: string; n: number }>(await db.execute(sql`select status, count(*)::int as n from comments group by status order by status`));
    expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({ approved: 3011, pending: 1, spam: 1, trash: 1 });
    const deepest = rowsOf<{ depth: number; root_ok: boolean }>(
      await db.execute(sql`select c.depth, c.root_id = (select id from comments where author_name = 'Reader 0' and depth = 0 and body like 'Comment number 100.%') as root_ok
        from comments c order by depth desc limit 1`),
    );
    expect(deepest[0]).toEqual({ depth: 8, root_ok: true });
    const hostile = rowsOf<{ body_html: string; author_url: string | null }>(await db.execute(sql`select body_html, author_url from comments where body like '%hi%' and body not like 'Comment%'`));
    expect(hostile[0]!.body_html).not.toMatch(/<script|javascript:|<[a-z][^>]*\son\w+=/i);
    expect(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from comments where author_url like 'javascript:%'`))[0]!.n).toBe(0);

    expect(await legacy("2023", "05", "01", "caf%C3%A9-opens")).toBe("308 /posts/cafe-opens");
    expect(await legacy("category", "local", "food")).toBe("308 /category/food");
    expect(await legacy("wordpress-query", "cat", "4")).toBe("308 /category/food");

    const before = await counts();
    const again = await importWordPress(getDb(), file, { uploadsDir: uploads });
    expect(again.created).toMatchObject({ posts: 0, comments: 0, authors: 0, sections: 0, tags: 0, redirects: 0 });
    expect(again.existing).toEqual({ posts: 6, comments: 3014 });
    expect(await counts()).toEqual(before);
  });

  it("creates everything once when the same export is imported twice at the same time", async () => {
    const file = path.join(dir, "export.xml");
    await writeFile(file, generatedExport());
    await importWordPress(getDb(), fixture("theme-preview.xml"));
    const [first, second] = await Promise.all([importWordPress(getDb(), file), importWordPress(getDb(), file)]);
    expect(first.created.posts + second.created.posts).toBe(6);
    expect(first.created.comments + second.created.comments).toBe(3014);
    expect(await counts()).toMatchObject({ posts: 7 + 6, comments: 2 + 3014 });
  });

  it("imports content nested too deep to convert as plain text, and an attachment address with broken escapes, instead of stopping", async () => {
    const deep = `${"<div>".repeat(20_000)}Deep words survive${"</div>".repeat(20_000)}`;
    const file = path.join(dir, "odd.xml");
    await writeFile(
      file,
      wxrHeader({ link: "https://odd.example" }) +
        wxrItem({ title: "Deep", postId: "1", postName: "deep", status: "publish", content: deep, meta: { _thumbnail_id: "2" }, comments: [{ id: "1", content: deep, approved: "1", parent: "0" } as WxrComment] }) +
        wxrItem({ title: "bad.png", postId: "2", postType: "attachment", status: "inherit", attachmentUrl: "https://odd.example/wp-content/uploads/%E0%A4%A.png" }) +
        wxrFooter,
    );
    const report = await importWordPress(getDb(), file, { uploadsDir: dir });
    expect(report.created).toMatchObject({ posts: 1, comments: 1, images: 0 });
    expect(report.skippedByReason["its markup is nested too deep to convert: its text came in as plain paragraphs"]).toBe(2);
    const [post] = rowsOf<{ body: string }>(await getDb().execute(sql`select body from posts where slug = 'deep'`));
    expect(post!.body).toBe("Deep words survive");
  });

  it("refuses a truncated or hostile file and leaves the database as it was", async () => {
    await importWordPress(getDb(), fixture("theme-preview.xml"));
    const before = await counts();
    const whole = generatedExport();
    const cases = {
      truncated: whole.slice(0, Math.floor(whole.length * 0.8)),
      doctype: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>${whole.replace(/^<\?xml[^>]*>/, "").replace("The lead.", "&x;")}`,
      notWxr: `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>x</title></item></channel></rss>`,
    };
    for (const [name, text] of Object.entries(cases)) {
      const file = path.join(dir, `${name}.xml`);
      await writeFile(file, text);
      await expect(importWordPress(getDb(), file), name).rejects.toBeInstanceOf(WxrError);
      expect(await counts(), name).toEqual(before);
    }
    const runs = rowsOf<{ status: string; error: string }>(await getDb().execute(sql`select status, error from import_runs order by id`));
    expect(runs.map((r) => r.status)).toEqual(["done", "failed", "failed", "failed"]);
    expect(runs[1]!.error).toMatch(/ends early/);
  });
});
