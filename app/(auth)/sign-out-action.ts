"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { anyone, defineFormPost } from "@/lib/forms/action";

/** Signs this browser out (its server session row goes with it, in auth.ts's signOut event). */
export const signOutAction = defineFormPost({
  label: "sign out",
  gate: anyone,
  read: () => ({}),
  schema: z.object({}),
  async run() {
    await signOut({ redirectTo: "/" });
    return { ok: true };
  },
});
