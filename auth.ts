import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { findLinkedUser } from "./db/queries/users/oauth-accounts";
import { resolveOAuthUser } from "./lib/auth/oauth";
import { oauthProviderConfigs, verifiedEmailOf } from "./lib/auth/providers";
import { resolveAuthSecret } from "./lib/auth/secret";
import { endSignedOutSession, startSession } from "./lib/auth/sessions";
import { signInWithLimits } from "./lib/auth/sign-in-guard";
import { clientIpFrom } from "./lib/request";
import { authTrustsRequestHost, getEnv } from "./lib/env";
import { getDb } from "@/lib/db";

export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

const OAUTH_REFUSALS = {
  email_in_use: "/sign-in?error=oauth-email-in-use",
  disabled: "/sign-in?error=oauth-refused",
  no_verified_email: "/sign-in?error=oauth-no-email",
} as const;

// Configured lazily, per request, so that `next build` needs no secret.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  // Auth.js reads AUTH_URL itself. Unless a declared proxy vouches for the host,
  // every link it builds starts from SITE_URL, never from a header a client sent.
  // eslint-disable-next-line no-restricted-properties -- handing Auth.js its own setting, not reading configuration
  if (!authTrustsRequestHost(env)) process.env.AUTH_URL = new URL("/api/auth", env.SITE_URL).toString();
  return {
    ...authConfig,
    secret: resolveAuthSecret(env),
    trustHost: true,
    // Cookies are Secure whenever the site is served over HTTPS (Auth.js also
    // follows X-Forwarded-Proto behind a trusted proxy); always HttpOnly, SameSite=Lax.
    useSecureCookies: env.SITE_URL.startsWith("https:") ? true : undefined,
    logger: {
      // A wrong password is an answer, not a server error.
      error(error) {
        if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const ip = clientIpFrom(request.headers);
          const result = await signInWithLimits(credentials, ip);
          if (result.status === "rate_limited") throw new RateLimitedSignIn();
          return result.status === "ok" ? result.user : null;
        },
      }),
      ...oauthProviderConfigs(env),
    ],
    callbacks: {
      ...authConfig.callbacks,
      async signIn({ account, profile }) {
        if (!account || account.type !== "oauth") return true;
        const result = await resolveOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          verifiedEmail: verifiedEmailOf(account.provider, profile),
          name: typeof profile?.name === "string" ? profile.name : null,
        });
        return result.status === "ok" ? true : OAUTH_REFUSALS[result.status];
      },
      async jwt(params) {
        const token = authConfig.callbacks.jwt(params);
        const { account } = params;
        // The session names our account, not the provider's id for the person.
        if (account?.type === "oauth") {
          const linked = await findLinkedUser(getDb(), { provider: account.provider, providerAccountId: account.providerAccountId });
          if (linked) token.sub = linked.id;
        }
        // Each sign-in is a session row the server can end (lib/dal.ts checks it on every request).
        if (params.user && token.sub) token.sid = await startSession(token.sub);
        return token;
      },
    },
    events: {
      async signOut(message) {
        await endSignedOutSession("token" in message ? message.token : null);
      },
    },
  };
});
