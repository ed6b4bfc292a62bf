"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { revokeAllSessions, revokeSession } from "@/db/queries/users/sessions";
import { getCurrentUser } from "@/lib/dal";
import { getDb } from "@/lib/db";

/** Ends one of the account's other sessions; an id that isn't theirs changes nothing. */
export async function signOutSession(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Faccount");
  const sessionId = z.uuid().safeParse(formData.get("sessionId"));
  if (sessionId.success) await revokeSession(getDb(), { id: sessionId.data, userId: user.id });
  revalidatePath("/account");
}

/** Ends every session of the account, this one included, and signs this browser out. */
export async function signOutEverywhere(): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  await revokeAllSessions(getDb(), { userId: user.id });
  await signOut({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
}
