import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { resolveAuthSecret } from "./lib/auth/secret";
import { signInWithLimits } from "./lib/auth/sign-in-guard";
import { CLIENT_IP_HEADER } from "./lib/client-ip";
import { getEnv } from "./lib/env";

export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

// Configured lazily, per request, so that `next build` needs no secret.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  return {
    ...authConfig,
    secret: resolveAuthSecret(env),
    trustHost: env.AUTH_TRUST_HOST === "true",
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const ip = request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
          const result = await signInWithLimits(credentials, ip);
          if (result.status === "rate_limited") throw new RateLimitedSignIn();
          return result.status === "ok" ? result.user : null;
        },
      }),
    ],
  };
});
