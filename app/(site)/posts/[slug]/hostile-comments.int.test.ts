import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { setClientIp, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { comments } from "@/db/schema";
import { createOneOfEachRole, createPost } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { MARKDOWN_VERSION } from "@/lib/markdown/renderer";
import CommentsQueuePage from "@/app/(admin)/admin/comments/page";
import { postComment, previewComment } from "./actions";

// What an anonymous attacker can send the comment form: control characters,
// spoofed names, invisible text, and Markdown built to be slow. Each is refused
// beside its field with the text kept, or stored safely; nothing is a 500.

let postId: number;
let counter = 0;
const send = (fields: Record<string, string>) => {
  // Each submission from its own address, so the flood check stays out of the way.
  setClientIp(`198.51.100.${++counter % 250}`);
  return postComment({}, form({ postId: String(postId), name: "Dev", email: "dev@example.com", url: "", body: "Hello", company: "", startedAt: String(Date.now() - 20_000), ...fields }));
};
const stored = () => getDb().select().from(comments).orderBy(asc(comments.id));

describe("hostile comments", () => {
  let ids: Awaited<ReturnType<typeof createOneOfEachRole>>;

  beforeEach(async () => {
    await truncateAll(getDb());
    ids = await createOneOfEachRole();
    postId = (await createPost({ authorId: ids.author })).id;
    signInAs(null);
  });

  it.each([
    ["a NUL byte in the name", { name: "abc\u0000def" }, "name"],
    ["a NUL byte in the email", { email: "dev\u0000@example.com" }, "email"],
    ["a right-to-left override in the name", { name: "\u202enimda" }, "name"],
    ["a name of zero-width spaces", { name: "\u200b\u200b" }, "name"],
    ["a carriage return in the name", { name: "Dev\r\nAdmin: approved" }, "name"],
    ["a full-width at sign", { email: "dev\uff20example.com" }, "email"],
    ["a 65-character local part", { email: `${"a".repeat(65)}@example.com` }, "email"],
    ["an IP-literal address", { email: "dev@[127.0.0.1]" }, "email"],
    ["a trailing dot", { email: "dev@example.com." }, "email"],
    ["a body of zero-width spaces", { body: "\u200b \u200b" }, "body"],
    ["10,000 combining marks", { body: `Z${"\u0301".repeat(10_000)}` }, "body"],
    ["a 1 MiB body", { body: "x".repeat(1_048_576) }, "body"],
  ] as const)("refuses %s beside the field, keeps the text, stores nothing", async (_label, fields, field) => {
    const state = await send(fields);
    expect(state.fieldErrors?.[field]).toMatch(/^[A-Z].{5,}\.$/);
    expect(state.fieldErrors?.[field]).not.toMatch(/Too big|expected string/);
    expect(state.values?.body).toBe((fields as { body?: string }).body?.slice(0, 70_000) ?? "Hello");
    expect(await stored()).toEqual([]);
  });

  it("takes NUL bytes and other control characters out of a comment's text and keeps the rest", async () => {
    const state = await send({ body: "Line one\u0000\r\nLine\u001b two\u0007" });
    expect(state.ok).toBe(true);
    expect((await stored())[0]?.body).toBe("Line one\nLine two");
  });

  it.each([
    ["deep list nesting", `${"- ".repeat(1_000)}a`],
    ["deep quote nesting", "> ".repeat(4_000)],
    ["a long emphasis run", "*a".repeat(32_500)],
  ])("stores %s with its HTML rendered once, and the queue still loads with it held", async (_label, body) => {
    const state = await send({ body });
    expect(state.ok).toBe(true);
    const [row] = await stored();
    expect(row).toMatchObject({ status: "pending", bodyHtmlVersion: MARKDOWN_VERSION });
    expect(row?.bodyHtml?.length).toBeGreaterThan(0);
    expect((await previewComment(body)).data?.html).toBe(row?.bodyHtml);
    signInAs(ids.moderator);
    await expect(CommentsQueuePage({ searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
  });
});
