// `node scripts/make-icons.mjs`: writes the site icons browsers ask for into
// public/ (favicon.ico, icon.svg, apple-touch-icon.png, icon-192.png,
// icon-512.png). Drawn here from a bitmap of the masthead's "B", so no image tool
// or download is needed; the files are committed, and this is how to remake them.
import { mkdirSync, writeFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";

const INK = [0x1c, 0x19, 0x17]; // stone-900, the masthead colour
const PAPER = [0xfa, 0xfa, 0xf9]; // stone-50

// A serif "B", 10 wide and 12 high.
const GLYPH = [
  "11111111..",
  ".11....11.",
  ".11.....11",
  ".11.....11",
  ".11....11.",
  ".1111111..",
  ".11....11.",
  ".11.....11",
  ".11.....11",
  ".11.....11",
  ".11....11.",
  "11111111..",
];

/** RGBA pixels: paper "B" on an ink square with a little margin. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const cell = Math.max(1, Math.floor((size * 0.62) / GLYPH.length));
  const width = GLYPH[0].length * cell;
  const height = GLYPH.length * cell;
  const left = Math.floor((size - width) / 2);
  const top = Math.floor((size - height) / 2);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const gx = Math.floor((x - left) / cell);
      const gy = Math.floor((y - top) / cell);
      const ink = gy >= 0 && gy < GLYPH.length && gx >= 0 && gx < GLYPH[0].length && x >= left && y >= top && GLYPH[gy][gx] === "1";
      const [r, g, b] = ink ? PAPER : INK;
      pixels.set([r, g, b, 255], (y * size + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = draw(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** An .ico holding PNG images (every browser since 2007 reads those). */
function ico(sizes) {
  const images = sizes.map(png);
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], entry);
    header.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}

const hex = (rgb) => `#${rgb.map((part) => part.toString(16).padStart(2, "0")).join("")}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="${hex(INK)}"/><text x="16" y="24" font-family="Georgia, 'Times New Roman', serif" font-size="24" font-weight="700" text-anchor="middle" fill="${hex(PAPER)}">B</text></svg>\n`;

mkdirSync("public", { recursive: true });
writeFileSync("public/favicon.ico", ico([16, 32, 48]));
writeFileSync("public/icon.svg", svg);
writeFileSync("public/apple-touch-icon.png", png(180));
writeFileSync("public/icon-192.png", png(192));
writeFileSync("public/icon-512.png", png(512));
console.log("wrote public/favicon.ico, icon.svg, apple-touch-icon.png, icon-192.png, icon-512.png");
