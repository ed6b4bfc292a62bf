import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { ActionState } from "@/lib/forms/action-state";
import { deleteTerm, getTerm, listTermsWithCounts, mergeTerm, renameTerm, slugInUse, type TermKind, termKinds } from "@/db/queries/taxonomy/admin";
import { slugify } from "@/lib/slug";
import { idParam } from "@/lib/validation/id";
import { slugInput } from "@/lib/validation/slug";
import { lineText } from "@/lib/validation/text";

export const termForm = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("rename"),
    kind: z.enum(termKinds),
    id: idParam,
    name: lineText({ max: 200, tooLong: "Keep the name under 200 characters.", required: "Give it a name." }),
    slug: slugInput,
  }),
  z.object({ op: z.literal("merge"), kind: z.enum(termKinds), id: idParam, into: idParam }),
  z.object({ op: z.literal("delete"), kind: z.enum(termKinds), id: idParam }),
]);
export type TermForm = z.infer<typeof termForm>;

export type TermField = "id" | "name" | "slug" | "into";
export type TermResult = ActionState<TermField>;

const noun = (kind: TermKind) => (kind === "category" ? "section" : "tag");

/** One change to a section or tag, in one transaction with the row locked. */
export async function manageTerm(form: TermForm): Promise<TermResult> {
  return getDb().transaction(async (tx) => {
    const term = await getTerm(tx, form.kind, form.id);
    if (!term) return { ok: false, formError: `That ${noun(form.kind)} no longer exists.` };
    switch (form.op) {
      case "rename": {
        const slug = form.slug || slugify(form.name);
        if (!slug) return { ok: false, fieldErrors: { slug: "The address needs letters or digits." } };
        if (await slugInUse(tx, form.kind, slug, term.id)) {
          return { ok: false, fieldErrors: { slug: `Another ${noun(form.kind)} uses this address. Merge them instead.` } };
        }
        await renameTerm(tx, form.kind, term.id, { name: form.name, slug });
        return { ok: true, message: `Renamed “${term.name}” to “${form.name}”.` };
      }
      case "merge": {
        if (form.into === term.id) return { ok: false, fieldErrors: { into: `Choose a different ${noun(form.kind)}.` } };
        const into = await getTerm(tx, form.kind, form.into);
        if (!into) return { ok: false, fieldErrors: { into: `That ${noun(form.kind)} no longer exists.` } };
        const moved = await mergeTerm(tx, form.kind, term.id, into.id);
        return { ok: true, message: `Merged “${term.name}” into “${into.name}” (${moved} post${moved === 1 ? "" : "s"} moved).` };
      }
      case "delete":
        await deleteTerm(tx, form.kind, term.id);
        return { ok: true, message: `Deleted “${term.name}”. Its posts are unchanged otherwise.` };
    }
  });
}

/** Admin → Sections or Tags: every term with how many posts use it. */
export const listTerms = (kind: TermKind) => listTermsWithCounts(getDb(), kind);
