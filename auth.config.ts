import type { NextAuthConfig } from "next-auth";

// Settings shared by every place that reads the session. Nothing here decides
// access: lib/dal.ts re-reads the user and role from the database on each request.
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        // When this sign-in happened. Unlike `iat` it survives token refreshes, so
        // revoking sessions issued before a moment (password reset) is reliable.
        token.authTime = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.authTime === "number") session.authTime = token.authTime;
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
  providers: [],
} satisfies NextAuthConfig;
