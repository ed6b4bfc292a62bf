import { z } from "zod";
import { blockText, lineText } from "@/lib/validation/text";
import { coverFileName } from "@/lib/uploads/image-check";
import { idNumber } from "@/lib/validation/id";
import { slugInput } from "@/lib/validation/slug";
import { postIntents } from "./workflow";

// What the editor sends, checked on the server. Messages are written for the
// person at the keyboard and shown beside the field they name.

export const MAX_BODY_CHARS = 200_000;
export const MAX_TAGS = 20;

const optionalText = (max: number, message: string) => lineText({ max, tooLong: message }).default("");

export const postInputSchema = z
  .object({
    id: idNumber.nullable().default(null),
    /** The version the editor last loaded or saved; null for a new post. */
    version: z.number().int().positive().nullable().default(null),
    intent: z.enum(postIntents).default("save"),
    autosave: z.boolean().default(false),
    headline: lineText({ max: 300, tooLong: "Keep the headline under 300 characters.", required: "Give the post a headline." }),
    slug: slugInput.default(""),
    /** True when the person typed the slug; false when it follows the headline. */
    slugEdited: z.boolean().default(false),
    kicker: optionalText(80, "Keep the kicker under 80 characters."),
    lead: blockText({ max: 1000, tooLong: "Keep the lead under 1,000 characters." }).transform((lead) => lead.trim()).default(""),
    body: blockText({ max: MAX_BODY_CHARS, tooLong: `The body is too long: at most ${MAX_BODY_CHARS.toLocaleString("en")} characters.` }).default(""),
    categoryId: idNumber.nullable().default(null),
    newCategory: optionalText(200, "Keep the section name under 200 characters."),
    tags: z
      .array(lineText({ max: 50, tooLong: "Keep each tag under 50 characters.", required: "A tag needs a name." }))
      .max(MAX_TAGS, `At most ${MAX_TAGS} tags.`)
      .default([]),
    sourceName: optionalText(200, "Keep the source name under 200 characters."),
    sourceUrl: lineText({ max: 500, tooLong: "Keep the source address under 500 characters." })
      .refine((url) => url === "" || /^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url), "Enter a full web address starting with https://.")
      .default(""),
    coverImage: coverFileName.nullable().default(null),
    coverAlt: optionalText(300, "Keep the description under 300 characters."),
    commentsOpen: z.boolean().default(true),
    authorId: z.uuid("Choose an author.").nullable().default(null),
    publishAt: z.iso.datetime({ offset: true, message: "Enter a valid date and time." }).nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if (input.sourceUrl && !input.sourceName) {
      ctx.addIssue({ code: "custom", path: ["sourceName"], message: "Name the source the link points to." });
    }
    if (input.coverImage && !input.coverAlt) {
      ctx.addIssue({ code: "custom", path: ["coverAlt"], message: "Describe the image for readers who can’t see it." });
    }
  });

export type PostInput = z.infer<typeof postInputSchema>;
export type PostField = Exclude<keyof PostInput, "id" | "version" | "intent" | "autosave" | "slugEdited">;

/** The fields the editor shows, each of which can carry its own error. */
export const postFields = [
  "headline",
  "slug",
  "kicker",
  "lead",
  "body",
  "categoryId",
  "newCategory",
  "tags",
  "sourceName",
  "sourceUrl",
  "coverImage",
  "coverAlt",
  "commentsOpen",
  "authorId",
  "publishAt",
] as const satisfies readonly PostField[];

/** Normalized tag names: trimmed, de-duplicated case-insensitively, first spelling wins. */
export function uniqueTagNames(names: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, " ");
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    result.push(name);
  }
  return result;
}
