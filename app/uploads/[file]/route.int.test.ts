import { describe, expect, it } from "vitest";
import { storeUpload } from "@/lib/uploads/storage";
import { GET } from "./route";

const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
const get = (file: string) => GET(new Request(`http://localhost/uploads/${file}`), { params: Promise.resolve({ file }) });

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
});
