import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { settleAfterResponse, signInAs } from "@/lib/testing/session";
import { rowsOf } from "@/db/rows";
import { createOneOfEachRole } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { getDb } from "@/lib/db";
import { readWxrChunks } from "@/lib/wordpress/wxr-reader";
import { UPLOAD_HEADER } from "@/lib/wordpress/upload-header";
import { GET as download } from "./export/download/route";
import { POST as upload } from "./import/upload/route";

const fixture = (name: string) => readFile(path.join(process.cwd(), "lib/wordpress/fixtures", name));
const postCount = async () => Number(rowsOf<{ n: number }>(await getDb().execute(sql`select count(*)::int as n from posts`))[0]!.n);
const uploadRequest = (body: Buffer, headers: Record<string, string> = { [UPLOAD_HEADER]: "1", "x-file-name": "site.xml" }) =>
  new Request("http://localhost/admin/tools/import/upload", { method: "POST", body: new Blob([new Uint8Array(body)]), headers });

describe("Admin → Tools, called directly", () => {
  let roles: Awaited<ReturnType<typeof createOneOfEachRole>>;
  beforeEach(async () => {
    await truncateAll(getDb());
    roles = await createOneOfEachRole();
  });

  it("lets only admins upload an export, which is imported after the response with its progress on record", async () => {
    const body = await fixture("theme-preview.xml");
    for (const role of ["reader", "author", "editor", "moderator"] as const) {
      signInAs(roles[role]);
      expect((await upload(uploadRequest(body))).status, role).toBe(404);
    }
    signInAs(null);
    expect((await upload(uploadRequest(body))).status).toBe(404);
    signInAs(roles.admin);
    // Without the page's header (a form posted from another site): refused.
    expect((await upload(uploadRequest(body, { "x-file-name": "site.xml" }))).status).toBe(400);
    expect(await postCount()).toBe(0);

    const response = await upload(uploadRequest(body));
    expect(response.status).toBe(202);
    const { runId } = (await response.json()) as { runId: number };
    await settleAfterResponse();
    const [run] = rowsOf<{ status: string; file_name: string; done_posts: number; total_posts: number; started_by: string }>(
      await getDb().execute(sql`select status, file_name, done_posts, total_posts, started_by from import_runs where id = ${runId}`),
    );
    expect(run).toEqual({ status: "done", file_name: "site.xml", done_posts: 7, total_posts: 7, started_by: roles.admin });
    expect(await postCount()).toBe(7);
  });

  it("records a refused file as a failed import and changes nothing", async () => {
    signInAs(roles.admin);
    const whole = await fixture("theme-preview.xml");
    const response = await upload(uploadRequest(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(response.status).toBe(202);
    await settleAfterResponse();
    const [run] = rowsOf<{ status: string; error: string }>(await getDb().execute(sql`select status, error from import_runs`));
    expect(run!.status).toBe("failed");
    expect(run!.error).toMatch(/ends early|not well-formed/);
    expect(await postCount()).toBe(0);
  });

  it("hands the export only to admins", async () => {
    signInAs(roles.editor);
    expect((await download()).status).toBe(404);
    signInAs(roles.admin);
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="broadsheet-\d{4}-\d{2}-\d{2}\.wordpress\.xml"$/);
    const records = [];
    for await (const record of readWxrChunks([await response.text()])) records.push(record);
    expect(records.filter((r) => r.kind === "author").length).toBeGreaterThanOrEqual(4);
  });
});
