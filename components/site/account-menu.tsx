"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";

type SessionInfo = { user: { name: string; role: string } | null } | null;

/**
 * The one per-viewer part of the site header. It asks for the session in the
 * browser, so the pages around it stay cached and identical for every reader.
 */
export function AccountMenu({ signOut }: { signOut: () => Promise<void> }) {
  const pathname = usePathname();
  const [session, setSession] = useState<SessionInfo | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/me", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<SessionInfo>) : null))
      .then((data) => {
        if (!cancelled) setSession(data);
      })
      .catch(() => {
        if (!cancelled) setSession(null);
      });
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  const user = session?.user;
  if (user) {
    return (
      <div className="flex items-center gap-3 text-sm">
        <span>
          Signed in as <span className="font-semibold">{user.name}</span>
        </span>
        <Link href="/account" className="font-semibold underline hover:text-accent dark:hover:text-accent-dark">
          Your account
        </Link>
        {user.role !== "reader" && (
          <Link href="/admin" className="font-semibold underline hover:text-accent dark:hover:text-accent-dark">
            Admin
          </Link>
        )}
        <SignOutButton action={signOut} />
      </div>
    );
  }
  return (
    <Link
      href={`/sign-in?callbackUrl=${encodeURIComponent(pathname || "/")}`}
      className="text-sm font-semibold underline hover:text-accent dark:hover:text-accent-dark"
    >
      Sign in
    </Link>
  );
}
