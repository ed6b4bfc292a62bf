import "server-only";
import { requestLogger } from "@/lib/observability/log";
import type { z } from "zod";
import type { ActiveUser } from "@/db/queries/users/accounts";
import { authorize, getCurrentUser } from "@/lib/dal";
import type { Action } from "@/lib/permissions";
import { type ActionState, fieldErrorsOf, SAVE_FAILED } from "./action-state";

// One pipeline for every server action: who is asking (the gate, checked on every
// call), what they sent (a zod schema), then the work, which mutates through lib
// services, revalidates what it changed and says what happened. Nothing a page
// showed is trusted: the gate runs here, not in the proxy or the page.

export type Gate<Actor> = () => Promise<{ actor: Actor } | { refused: string }>;

/** Anyone, signed in or not; the work decides what a guest may do. */
export const anyone: Gate<ActiveUser | null> = async () => ({ actor: await getCurrentUser() });

/** A signed-in account. */
export const signedIn =
  (refused = "You’ve been signed out. Sign in again to continue."): Gate<ActiveUser> =>
  async () => {
    const actor = await getCurrentUser();
    return actor ? { actor } : { refused };
  };

/** A signed-in account whose role allows `action` (lib/permissions.ts). */
export const allowed =
  (action: Action, refused: string): Gate<ActiveUser> =>
  async () => {
    const actor = await authorize(action);
    return actor ? { actor } : { refused };
  };

export interface ActionSpec<Args extends unknown[], Input, Actor, Field extends string, Data> {
  gate: Gate<Actor>;
  /** What was sent, shaped for the schema. */
  read: (...args: Args) => unknown;
  schema: z.ZodType<Input>;
  /** The fields a person sees: their errors go beside them; any other problem is said for the whole form. */
  fields?: readonly Field[];
  /** What was typed, to give back after a refusal (never a password). */
  echo?: (...args: Args) => Partial<Record<Field, string>>;
  /** Said when the schema refuses something no visible field owns (a tampered or stale form); else the schema's own message. */
  malformed?: string;
  /** Names the work in the log if it fails. */
  label: string;
  run: (input: Input, actor: Actor) => Promise<ActionState<Field, Data>>;
}

/** redirect() and notFound() work by throwing; those must pass through. */
function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}

export function defineAction<Args extends unknown[], Input, Actor, Field extends string = never, Data = undefined>(
  spec: ActionSpec<Args, Input, Actor, Field, Data>,
): (...args: Args) => Promise<ActionState<Field, Data>> {
  return async (...args) => {
    const submission = Date.now();
    const values = spec.echo?.(...args);
    const gate = await spec.gate();
    if ("refused" in gate) return { ok: false, formError: gate.refused, ...(values && { values }), submission };
    const parsed = spec.schema.safeParse(spec.read(...args));
    if (!parsed.success) {
      const errors = fieldErrorsOf<Field>(parsed.error);
      const shown = Object.fromEntries(Object.entries(errors).filter(([name]) => spec.fields?.includes(name as Field))) as Partial<Record<Field, string>>;
      if (Object.keys(shown).length) return { ok: false, fieldErrors: shown, ...(values && { values }), submission };
      return { ok: false, formError: spec.malformed ?? parsed.error.issues[0]?.message ?? "This form is out of date. Reload the page and try again.", ...(values && { values }), submission };
    }
    try {
      const state = await spec.run(parsed.data, gate.actor);
      // Every answer says plainly whether it worked, so a form never has to infer it.
      const ok = state.ok ?? !(state.formError || state.fieldErrors);
      return { submission, ...(ok || !values ? {} : { values }), ...state, ok };
    } catch (error) {
      if (isNavigationSignal(error)) throw error;
      // The database restarting, say, after the one retry db/client.ts makes.
      (await requestLogger()).error({ err: error, action: spec.label }, `${spec.label} failed`);
      return { ok: false, formError: SAVE_FAILED, ...(values && { values }), submission };
    }
  };
}

/**
 * The same pipeline for a plain `<form action>` whose outcome is the re-rendered
 * page or a redirect (sign out, end a session): nothing comes back to show.
 */
export function defineFormPost<Args extends unknown[], Input, Actor>(spec: ActionSpec<Args, Input, Actor, never, undefined>): (...args: Args) => Promise<void> {
  const action = defineAction(spec);
  return async (...args) => {
    await action(...args);
  };
}
