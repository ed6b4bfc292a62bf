import "server-only";
import { getUserForSignIn } from "@/db/queries/users/accounts";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./passwords";
import { getDb } from "@/lib/db";

export interface VerifiedUser {
  id: string;
  name: string;
  email: string;
}

/**
 * Email and password to a user, or null. Unknown email, wrong password and a
 * disabled account all give the same null, after the same amount of work.
 */
export async function verifyCredentials(input: unknown): Promise<VerifiedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await getUserForSignIn(getDb(), { email });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabled) return null;
  return { id: user.id, name: user.name, email: user.email };
}
