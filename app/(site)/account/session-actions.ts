"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { endAccountSession, endAllAccountSessions } from "@/lib/auth/sessions";
import { getCurrentUser } from "@/lib/dal";
import { defineFormPost, type Gate } from "@/lib/forms/action";
import type { ActiveUser } from "@/db/queries/users/accounts";

/** Signed in, or off to the sign-in page (these are plain form posts with nowhere to show a refusal). */
const signedInOrSignIn =
  (callbackUrl: string): Gate<ActiveUser> =>
  async () => {
    const actor = await getCurrentUser();
    if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    return { actor };
  };

/** Ends one of the account's other sessions; an id that isn't theirs changes nothing. */
export const signOutSession = defineFormPost({
  label: "end a session",
  gate: signedInOrSignIn("/account"),
  read: (formData: FormData) => ({ sessionId: formData.get("sessionId") }),
  schema: z.object({ sessionId: z.uuid("That session is no longer listed.") }),
  async run({ sessionId }, actor) {
    await endAccountSession(actor.id, sessionId);
    revalidatePath("/account");
    return { ok: true, message: "Signed out there." };
  },
});

/** Ends every session of the account, this one included, and signs this browser out. */
export const signOutEverywhere = defineFormPost({
  label: "sign out everywhere",
  gate: signedInOrSignIn("/account"),
  read: () => ({}),
  schema: z.object({}),
  async run(_input, actor) {
    await endAllAccountSessions(actor.id);
    await signOut({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
    return { ok: true };
  },
});
