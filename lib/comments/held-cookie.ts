import { createHmac, timingSafeEqual } from "node:crypto";

// A guest's own held comments are recognised by this cookie: the ids, signed with
// the site's secret so nobody can claim someone else's comment by editing it.

export const HELD_COOKIE = "bs_held";
const MAX_IDS = 20;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`held-comments:${payload}`).digest("base64url");
}

export function encodeHeldIds(ids: number[], secret: string): string {
  const payload = [...new Set(ids)].slice(-MAX_IDS).join(".");
  return `${payload}~${sign(payload, secret)}`;
}

export function decodeHeldIds(value: string | undefined, secret: string): number[] {
  if (!value || value.length > 400) return [];
  const [payload, signature] = value.split("~");
  if (payload === undefined || !signature || !/^\d{1,10}(\.\d{1,10})*$/.test(payload)) return [];
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return [];
  return payload.split(".").map(Number);
}
