import { getDb } from "@/lib/db";
import { categories, comments, type NewComment, type NewPost, posts, postTags, tags, users, type UserRole, userRoles } from "../schema";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createUser(values: { role?: UserRole; name?: string } = {}) {
  const id = unique();
  const [user] = await getDb()
    .insert(users)
    .values({ email: `user-${id}@example.test`, name: values.name ?? `User ${id}`, role: values.role ?? "reader" })
    .returning();
  return user!;
}

/** One account per role, named "The <role>", for tests that try an action as each. */
export async function createOneOfEachRole(): Promise<Record<UserRole, string>> {
  const ids = {} as Record<UserRole, string>;
  for (const role of userRoles) ids[role] = (await createUser({ role, name: `The ${role}` })).id;
  return ids;
}

export async function createCategory(slug = `cat-${unique()}`, name = slug) {
  const [row] = await getDb().insert(categories).values({ slug, name }).returning();
  return row!;
}

export async function createTag(slug = `tag-${unique()}`, name = slug) {
  const [row] = await getDb().insert(tags).values({ slug, name }).returning();
  return row!;
}

export async function createPost(values: Partial<NewPost> & { authorId: string }, tagIds: number[] = []) {
  const id = unique();
  const [post] = await getDb()
    .insert(posts)
    .values({
      slug: `post-${id}`,
      headline: `Headline ${id}`,
      status: "published",
      publishedAt: new Date(Date.now() - 60_000),
      ...values,
    })
    .returning();
  if (tagIds.length) {
    await getDb()
      .insert(postTags)
      .values(tagIds.map((tagId) => ({ postId: post!.id, tagId })));
  }
  return post!;
}

export async function createComment(
  values: Partial<NewComment> & { postId: number },
  parent?: { id: number; rootId: number | null; depth: number },
) {
  const [comment] = await getDb()
    .insert(comments)
    .values({
      authorName: "Guest",
      authorEmail: "guest@example.test",
      body: "A comment.",
      status: "approved",
      parentId: parent?.id ?? null,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      depth: parent ? parent.depth + 1 : 0,
      ...values,
    })
    .returning();
  return comment!;
}
