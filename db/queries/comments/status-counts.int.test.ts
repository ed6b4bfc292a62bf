import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { countCommentsByStatus } from "../stats";
import { queueCounts } from "./queue";
import { comments } from "../../schema";
import { createComment, createPost, createUser } from "../../testing/fixtures";
import { truncateAll } from "../../testing/reset";

async function actualCounts() {
  const result: unknown = await getDb().execute(sql`select status::text, count(*)::int as n from comments group by status`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { status: string; n: number }[];
  const byStatus = Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  return { pending: byStatus.pending ?? 0, approved: byStatus.approved ?? 0, spam: byStatus.spam ?? 0, trash: byStatus.trash ?? 0 };
}

describe("comment counts per status (trigger-kept, sharded per writer)", () => {
  let postId: number;
  beforeEach(async () => {
    await truncateAll(getDb());
    postId = (await createPost({ authorId: (await createUser({ role: "author" })).id })).id;
  });

  it("stay exact when many writers insert, move and delete comments at once", async () => {
    const made = await Promise.all(Array.from({ length: 60 }, (_, i) => createComment({ postId, status: i % 3 === 0 ? "approved" : "pending" })));
    // Moves and deletes from parallel transactions, each possibly on another connection (another shard).
    await Promise.all(
      made.map((comment, i) =>
        getDb().transaction(async (tx) => {
          if (i % 4 === 0) await tx.delete(comments).where(sql`${comments.id} = ${comment.id}`);
          else if (i % 4 === 1) await tx.update(comments).set({ status: "spam" }).where(sql`${comments.id} = ${comment.id}`);
          else if (i % 4 === 2) await tx.update(comments).set({ status: "trash" }).where(sql`${comments.id} = ${comment.id}`);
        }),
      ),
    );
    const actual = await actualCounts();
    expect(actual.spam + actual.trash).toBe(30);
    expect(await queueCounts(getDb())).toMatchObject(actual);
    expect(await countCommentsByStatus(getDb())).toMatchObject(actual);
  });

  it("are not changed by a transaction that rolls back", async () => {
    await createComment({ postId, status: "pending" });
    await expect(
      getDb().transaction(async (tx) => {
        await tx.insert(comments).values({ postId, authorName: "G", authorEmail: "g@example.test", body: "x", status: "pending" });
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await queueCounts(getDb())).toMatchObject({ pending: 1, approved: 0 });
  });
});
