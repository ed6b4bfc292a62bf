import "server-only";
import { count, inArray } from "drizzle-orm";
import type { Database } from "./client";
import { categories, comments, posts, postTags, settings, tags, users } from "./schema";
import { demoAccounts, demoCategories, demoTags } from "./seed-data/people";
import { type DemoComment, demoPosts } from "./seed-data/posts";

const SEEDED_KEY = "demo_seeded_at";
const HOUR = 3_600_000;
const MINUTE = 60_000;

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [userCount] = await db.select({ n: count() }).from(users);
  const [postCount] = await db.select({ n: count() }).from(posts);
  return Number(userCount?.n) === 0 && Number(postCount?.n) === 0;
}

/**
 * Demo accounts, categories, tags, posts and comments, in one transaction.
 * Idempotent: a second run finds its marker and changes nothing.
 */
export async function seedDemoContent(
  db: Database,
  options: { passwordHash: string; now?: Date },
): Promise<{ seeded: boolean }> {
  const now = options.now ?? new Date();
  const { passwordHash } = options;

  return db.transaction(async (tx) => {
    const marker = await tx
      .insert(settings)
      .values({ key: SEEDED_KEY, value: now.toISOString() })
      .onConflictDoNothing()
      .returning({ key: settings.key });
    if (marker.length === 0) return { seeded: false };

    await tx
      .insert(users)
      .values(demoAccounts.map((account) => ({ ...account, passwordHash, emailVerified: now })))
      .onConflictDoNothing();
    await tx.insert(categories).values(demoCategories).onConflictDoNothing();
    await tx.insert(tags).values(demoTags).onConflictDoNothing();

    const userIds = new Map(
      (await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(inArray(users.email, demoAccounts.map((a) => a.email)))).map((u) => [u.email, u.id]),
    );
    const categoryIds = new Map(
      (await tx.select({ id: categories.id, slug: categories.slug }).from(categories)).map((c) => [c.slug, c.id]),
    );
    const tagIds = new Map(
      (await tx.select({ id: tags.id, slug: tags.slug }).from(tags)).map((t) => [t.slug, t.id]),
    );

    for (const demo of demoPosts) {
      const publishedAt = demo.status === "draft" ? null : new Date(now.getTime() - demo.hoursAgo * HOUR);
      const [post] = await tx
        .insert(posts)
        .values({
          slug: demo.slug,
          kicker: demo.kicker,
          headline: demo.headline,
          lead: demo.lead,
          body: demo.body,
          status: demo.status ?? "published",
          publishedAt,
          authorId: userIds.get(demo.author)!,
          categoryId: categoryIds.get(demo.category) ?? null,
          sourceName: demo.source?.name ?? null,
          sourceUrl: demo.source?.url ?? null,
          commentsOpen: demo.commentsOpen ?? true,
          createdAt: publishedAt ?? now,
          updatedAt: publishedAt ?? now,
        })
        .onConflictDoNothing()
        .returning({ id: posts.id });
      if (!post) continue;

      const tagRows = demo.tags.map((slug) => ({ postId: post.id, tagId: tagIds.get(slug)! }));
      if (tagRows.length) await tx.insert(postTags).values(tagRows);
      if (publishedAt && demo.comments) {
        await insertDemoComments(tx, post.id, publishedAt, demo.comments);
      }
    }
    return { seeded: true };
  });
}

async function insertDemoComments(
  db: Database,
  postId: number,
  publishedAt: Date,
  demoComments: DemoComment[],
) {
  const inserted = new Map<string, { id: number; rootId: number; depth: number }>();
  for (const demo of demoComments) {
    const parent = demo.replyTo ? inserted.get(demo.replyTo) : undefined;
    const createdAt = new Date(publishedAt.getTime() + demo.minutesAfter * MINUTE);
    const [row] = await db
      .insert(comments)
      .values({
        postId,
        parentId: parent?.id ?? null,
        rootId: parent?.rootId ?? null,
        depth: parent ? parent.depth + 1 : 0,
        authorName: demo.name,
        authorEmail: demo.email,
        authorUrl: demo.url ?? null,
        body: demo.body,
        status: demo.status ?? "approved",
        moderationReason: demo.reason ?? null,
        ip: "192.0.2.10",
        userAgent: "Mozilla/5.0 (demo seed)",
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: comments.id });
    inserted.set(demo.key, {
      id: row!.id,
      rootId: parent?.rootId ?? row!.id,
      depth: parent ? parent.depth + 1 : 0,
    });
  }
}
