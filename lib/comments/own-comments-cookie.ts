import { createHmac, timingSafeEqual } from "node:crypto";

// A guest's own comments are recognised by this cookie (to show them while held
// and to let them change them for a while): the ids, signed with the site's
// secret so nobody can claim someone else's comment by editing it.

export const OWN_COMMENTS_COOKIE = "bs_own";
const MAX_IDS = 20;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`own-comments:${payload}`).digest("base64url");
}

export function encodeOwnIds(ids: number[], secret: string): string {
  const payload = [...new Set(ids)].slice(-MAX_IDS).join(".");
  return `${payload}~${sign(payload, secret)}`;
}

export function decodeOwnIds(value: string | undefined, secret: string): number[] {
  if (!value || value.length > 400) return [];
  const [payload, signature] = value.split("~");
  if (payload === undefined || !signature || !/^\d{1,10}(\.\d{1,10})*$/.test(payload)) return [];
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return [];
  return payload.split(".").map(Number);
}
