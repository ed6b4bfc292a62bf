import "server-only";
import { findLinkedUser, linkOAuthAccount, lockOutsideAccount } from "@/db/queries/users/oauth-accounts";
import { insertUser, isEmailRegistered } from "@/db/queries/users/accounts";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/db/errors";
import { displayNameField, emailField } from "@/lib/validation/auth";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  /** Only an address the provider says it verified. */
  verifiedEmail: string | null;
  name: string | null;
}

export type OAuthResolution =
  | { status: "ok"; userId: string }
  | { status: "disabled" }
  | { status: "email_in_use" }
  | { status: "no_verified_email" };

/**
 * Maps a GitHub or Google sign-in to a local account: the linked one, or a new
 * reader account. An address that already has an account is never taken over by
 * an outside sign-in; its owner signs in with their password instead.
 */
export async function resolveOAuthUser(identity: OAuthIdentity): Promise<OAuthResolution> {
  const linked = await findLinkedUser(getDb(), identity);
  if (linked) return linked.disabled ? { status: "disabled" } : { status: "ok", userId: linked.id };

  const email = emailField.safeParse(identity.verifiedEmail ?? "");
  if (!email.success) return { status: "no_verified_email" };
  const name = displayNameField.safeParse(identity.name ?? "");
  try {
    return await getDb().transaction(async (tx) => {
      // Another sign-in of the same outside account may have linked it meanwhile;
      // one at a time from here, so the check below sees what it committed.
      await lockOutsideAccount(tx, identity);
      const linkedNow = await findLinkedUser(tx, identity);
      if (linkedNow) return linkedNow.disabled ? ({ status: "disabled" } as const) : ({ status: "ok", userId: linkedNow.id } as const);
      if (await isEmailRegistered(tx, { email: email.data })) return { status: "email_in_use" } as const;
      const user = await insertUser(
        tx, {
          email: email.data,
          name: name.success ? name.data : email.data.split("@")[0]!,
          passwordHash: null,
          role: "reader",
          emailVerified: new Date(),
        }
      );
      await linkOAuthAccount(tx, { provider: identity.provider, providerAccountId: identity.providerAccountId, userId: user.id });
      return { status: "ok", userId: user.id } as const;
    });
  } catch (error) {
    // The same outside account signing in twice at once: the other request linked it.
    if (!isUniqueViolation(error)) throw error;
    const again = await findLinkedUser(getDb(), identity);
    return again && !again.disabled ? { status: "ok", userId: again.id } : { status: "email_in_use" };
  }
}
