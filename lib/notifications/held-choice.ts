// How a moderator hears of held comments: each one as it comes, a digest every
// so often, or not at all. One form value holds the choice ("digest-60").
import type { NotificationMode } from "@/db/schema";

/** The digest intervals offered, in minutes. */
export const DIGEST_INTERVALS = [15, 60, 240, 1440] as const;

export type HeldChoice = "each" | "none" | `digest-${(typeof DIGEST_INTERVALS)[number]}`;

export const heldChoices: HeldChoice[] = ["each", ...DIGEST_INTERVALS.map((minutes) => `digest-${minutes}` as const), "none"];

export function heldChoiceLabel(choice: HeldChoice): string {
  if (choice === "each") return "Each one as it is held";
  if (choice === "none") return "None";
  const minutes = Number(choice.slice("digest-".length));
  return `A digest every ${minutes < 60 ? `${minutes} minutes` : minutes === 60 ? "hour" : minutes === 1440 ? "day" : `${minutes / 60} hours`}`;
}

/** The stored choice as a form value; an interval no longer offered reads as the nearest longer one. */
export function heldChoiceOf(mode: NotificationMode | undefined, digestMinutes: number | null | undefined): HeldChoice {
  if (mode === "none") return "none";
  if (mode !== "digest") return "each";
  const minutes = DIGEST_INTERVALS.find((offered) => offered >= (digestMinutes ?? 60)) ?? DIGEST_INTERVALS.at(-1)!;
  return `digest-${minutes}`;
}

/** A form value back into what is stored; null for anything not offered. */
export function parseHeldChoice(value: unknown): { mode: NotificationMode; digestMinutes: number | null } | null {
  if (typeof value !== "string" || !(heldChoices as string[]).includes(value)) return null;
  if (value === "each" || value === "none") return { mode: value, digestMinutes: null };
  return { mode: "digest", digestMinutes: Number(value.slice("digest-".length)) };
}
