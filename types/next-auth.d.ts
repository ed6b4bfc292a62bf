import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** Seconds since the epoch when the user signed in. */
    authTime?: number;
    /** The server-side session (user_sessions row) this cookie belongs to. */
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    authTime?: number;
    sid?: string;
  }
}
