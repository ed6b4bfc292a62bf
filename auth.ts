import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { resolveAuthSecret } from "./lib/auth/secret";
import { verifyCredentials } from "./lib/auth/verify-credentials";
import { getEnv } from "./lib/env";

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
        authorize: (credentials) => verifyCredentials(credentials),
      }),
    ],
  };
});
