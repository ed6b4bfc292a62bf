import { describe, expect, it } from "vitest";
import { checkImage, MAX_IMAGE_BYTES } from "./image-check";

const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
const gif = Uint8Array.from(Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"));
const text = (value: string) => new TextEncoder().encode(value);

const messageOf = (check: ReturnType<typeof checkImage>) => (check.ok ? undefined : check.message);

describe("image check", () => {
  it("accepts raster images by their bytes and reports their size", () => {
    expect(checkImage(png)).toEqual({ ok: true, extension: "png", mimeType: "image/png", width: 1, height: 1 });
    expect(checkImage(gif)).toMatchObject({ ok: true, extension: "gif", mimeType: "image/gif" });
  });

  it("refuses scripts, HTML, SVG, empty and oversized files with a message", () => {
    expect(messageOf(checkImage(text("<script>alert(1)</script>")))).toMatch(/isn’t an image/);
    expect(checkImage(text("<!doctype html><html><body>hi</body></html>"))).toMatchObject({ ok: false });
    expect(messageOf(checkImage(text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>')))).toMatch(/SVG/);
    expect(checkImage(new Uint8Array())).toEqual({ ok: false, message: "That file is empty." });
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(png);
    expect(messageOf(checkImage(big))).toMatch(/limit is 4 MB/);
  });

  it("refuses a PNG header whose body lies about being an image", () => {
    const truncated = png.slice(0, 12);
    expect(checkImage(truncated)).toMatchObject({ ok: false });
  });
});
