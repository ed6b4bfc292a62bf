import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { uploads } from "@/db/schema";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { storeUpload } from "@/lib/uploads/storage";
import { GET } from "./route";

const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
const get = (file: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/uploads/${file}`, { headers }), { params: Promise.resolve({ file }) });

describe("serving uploads", () => {
  it("serves a stored image with its real type, no sniffing, a sandbox and a long cache", async () => {
    const name = await storeUpload(png, "png");
    const response = await get(name);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "public, max-age=31536000, immutable",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it("answers 404 for anything but a stored content-hash name", async () => {
    for (const name of ["../../package.json", "..%2F..%2Fpackage.json", `${"0".repeat(64)}.png`, `${"a".repeat(64)}.svg`, "x.png"]) {
      expect((await get(name)).status, name).toBe(404);
    }
  });

  it("keeps images in the database, where every app server finds them, once per content", async () => {
    const name = await storeUpload(png, "png");
    await storeUpload(png, "png");
    const rows = await getDb().select({ name: uploads.name, size: uploads.size, contentType: uploads.contentType }).from(uploads).where(eq(uploads.name, name));
    expect(rows).toEqual([{ name, size: png.byteLength, contentType: "image/png" }]);
    // A browser that has it is told so without the bytes.
    const again = await get(name, { "If-None-Match": `"${name}"` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(`"${name}"`);
  });

  it("moves an image from the old uploads folder into the database when it is first asked for, if its bytes match its name", async () => {
    const folder = path.resolve(getEnv().BROADSHEET_UPLOADS_DIR ?? path.join(getEnv().BROADSHEET_DATA_DIR, "uploads"));
    mkdirSync(folder, { recursive: true });
    const old = Buffer.concat([Buffer.from(png), Buffer.from("legacy")]);
    const name = `${createHash("sha256").update(old).digest("hex")}.png`;
    writeFileSync(path.join(folder, name), old);
    const forged = `${"b".repeat(64)}.png`;
    writeFileSync(path.join(folder, forged), old);

    expect(new Uint8Array(await (await get(name)).arrayBuffer())).toEqual(new Uint8Array(old));
    expect(await getDb().select({ name: uploads.name }).from(uploads).where(eq(uploads.name, name))).toEqual([{ name }]);
    expect((await get(forged)).status).toBe(404);
  });
});
