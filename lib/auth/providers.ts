import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";

export interface OAuthEnv {
  AUTH_GITHUB_ID?: string;
  AUTH_GITHUB_SECRET?: string;
  AUTH_GOOGLE_ID?: string;
  AUTH_GOOGLE_SECRET?: string;
}

export interface OAuthProviderInfo {
  id: "github" | "google";
  name: string;
}

/** The outside sign-in providers switched on by the environment; none by default. */
export function enabledOAuthProviders(env: OAuthEnv): OAuthProviderInfo[] {
  const providers: OAuthProviderInfo[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push({ id: "google", name: "Google" });
  return providers;
}

export function oauthProviderConfigs(env: OAuthEnv) {
  return enabledOAuthProviders(env).map((provider) =>
    provider.id === "github"
      ? GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })
      : Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }),
  );
}

/** The address a provider vouches for: Google says so explicitly, GitHub only shows verified ones. */
export function verifiedEmailOf(provider: string, profile: Record<string, unknown> | undefined): string | null {
  const email = typeof profile?.email === "string" ? profile.email : null;
  if (provider === "google") return profile?.email_verified === true ? email : null;
  return email;
}
