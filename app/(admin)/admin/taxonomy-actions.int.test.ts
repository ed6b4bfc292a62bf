import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { revalidated, signInAs } from "@/lib/testing/session";
import { formData } from "@/lib/testing/form-data";
import { getDb } from "@/lib/db";
import { getPublishedPostBySlug } from "@/db/queries/posts/published";
import { categories, posts, postTags, tags } from "@/db/schema";
import { createCategory, createPost, createTag, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { changeTerm } from "./taxonomy-actions";

const run = (fields: Record<string, string | number>) =>
  changeTerm({}, formData(Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, String(value)]))));

describe("sections and tags admin", () => {
  let authorId: string;

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    authorId = (await createUser({ role: "author" })).id;
    signInAs(null);
  });

  it("refuses everyone but editors and admins, called directly", async () => {
    const section = await createCategory("city", "City");
    for (const role of [null, "reader", "author", "moderator"] as const) {
      signInAs(role ? (await createUser({ role })).id : null);
      for (const op of ["rename", "merge", "delete"]) {
        expect(await run({ op, kind: "category", id: section.id, name: "X", slug: "x", into: section.id })).toMatchObject({
          ok: false,
          formError: "You don’t have permission to manage sections and tags.",
        });
      }
    }
    expect(await getDb().select({ name: categories.name }).from(categories)).toEqual([{ name: "City" }]);
  });

  it("renames a section; posts keep it and their articles show the new name", async () => {
    signInAs((await createUser({ role: "editor" })).id);
    const section = await createCategory("city", "City");
    await createCategory("sport", "Sport");
    const post = await createPost({ authorId, categoryId: section.id, slug: "in-the-city" });
    expect(await run({ op: "rename", kind: "category", id: section.id, name: "City & Region", slug: "" })).toMatchObject({ ok: true });
    expect((await getPublishedPostBySlug(getDb(), { slug: post.slug }))!.category).toEqual({ slug: "city-and-region", name: "City & Region" });
    expect(revalidated).toEqual(expect.arrayContaining(["tag:categories", "tag:posts"]));

    const clash = await run({ op: "rename", kind: "category", id: section.id, name: "Sport", slug: "sport" });
    expect(clash).toMatchObject({
      ok: false,
      fieldErrors: { slug: "Another section uses this address. Merge them instead." },
      values: { id: String(section.id), name: "Sport", slug: "sport" },
    });
    const empty = await run({ op: "rename", kind: "category", id: section.id, name: "  ", slug: "" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { name: "Give it a name." }, values: { name: "  ", slug: "" } });
  });

  it("merges sections and tags: every post moves over, none doubles up", async () => {
    signInAs((await createUser({ role: "admin" })).id);
    const [a, b] = [await createCategory("a", "A"), await createCategory("b", "B")];
    const one = await createPost({ authorId, categoryId: a.id });
    const two = await createPost({ authorId, categoryId: b.id });
    expect(await run({ op: "merge", kind: "category", id: a.id, into: b.id })).toMatchObject({ ok: true, message: "Merged “A” into “B” (1 post moved)." });
    const sections = await getDb().select({ id: posts.id, categoryId: posts.categoryId }).from(posts).orderBy(asc(posts.id));
    expect(sections).toEqual([{ id: one.id, categoryId: b.id }, { id: two.id, categoryId: b.id }]);

    const [x, y] = [await createTag("x", "X"), await createTag("y", "Y")];
    const both = await createPost({ authorId }, [x.id, y.id]);
    const onlyX = await createPost({ authorId }, [x.id]);
    expect(await run({ op: "merge", kind: "tag", id: x.id, into: y.id })).toMatchObject({ ok: true });
    const links = await getDb().select().from(postTags).orderBy(asc(postTags.postId));
    expect(links).toEqual([{ postId: both.id, tagId: y.id }, { postId: onlyX.id, tagId: y.id }]);
    expect(await getDb().select({ slug: tags.slug }).from(tags)).toEqual([{ slug: "y" }]);
    expect(await run({ op: "merge", kind: "tag", id: y.id, into: y.id })).toMatchObject({ ok: false, fieldErrors: { into: "Choose a different tag." } });
  });

  it("deletes a section or tag and leaves its posts readable", async () => {
    signInAs((await createUser({ role: "editor" })).id);
    const section = await createCategory("gone", "Gone");
    const tag = await createTag("old", "Old");
    const post = await createPost({ authorId, categoryId: section.id }, [tag.id]);
    expect(await run({ op: "delete", kind: "category", id: section.id })).toMatchObject({ ok: true });
    expect(await run({ op: "delete", kind: "tag", id: tag.id })).toMatchObject({ ok: true });
    const article = await getPublishedPostBySlug(getDb(), { slug: post.slug });
    expect(article).toMatchObject({ category: null, tags: [] });
    const [row] = await getDb().select({ categoryId: posts.categoryId }).from(posts).where(eq(posts.id, post.id));
    expect(row!.categoryId).toBeNull();
    expect(await run({ op: "delete", kind: "tag", id: tag.id })).toMatchObject({ ok: false, formError: "That tag no longer exists." });
  });
});
