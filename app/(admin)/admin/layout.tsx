import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AdminNav } from "@/components/admin/admin-nav";
import { getCurrentUser } from "@/lib/dal";
import { getSettings } from "@/lib/content";
import { signOutAction } from "../../(auth)/sign-out-action";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: { default: "Admin", template: "%s — Admin" }, robots: { index: false } };

// The frame only. Every admin page checks its own permission (a layout doesn't
// know which page it wraps, so it can't send people back to it after sign-in).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user || !can(user, "admin:access")) return <>{children}</>;
  const settings = await getSettings();
  const links = [
    { href: "/admin", label: "Dashboard" },
    ...(can(user, "post:create") ? [{ href: "/admin/posts", label: "Posts" }] : []),
    ...(can(user, "comment:moderate") ? [{ href: "/admin/comments", label: "Comments" }] : []),
    ...(can(user, "user:manage") ? [{ href: "/admin/users", label: "Users" }] : []),
    ...(can(user, "audit:view") ? [{ href: "/admin/audit", label: "Moderation log" }] : []),
    ...(can(user, "settings:manage") ? [{ href: "/admin/settings/general", label: "General settings" }] : []),
    ...(can(user, "settings:manage") ? [{ href: "/admin/settings/discussion", label: "Discussion settings" }] : []),
    ...(can(user, "settings:manage") ? [{ href: "/admin/mail", label: "Outgoing mail" }] : []),
    ...(can(user, "site:tools") ? [{ href: "/admin/tools", label: "Tools" }] : []),
    { href: "/", label: "View site" },
  ];
  return (
    <div className="min-h-screen">
      <header className="border-b-4 border-double border-stone-900 dark:border-stone-300">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-2xl font-bold">
            {settings.title} admin
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {user.name} <span className="text-stone-600 dark:text-stone-400">({user.role})</span>
            </span>
            <SignOutButton action={signOutAction} />
          </div>
        </div>
        <AdminNav links={links} />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
