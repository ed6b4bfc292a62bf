import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { searchText } from "@/lib/validation/text";
import { listUsers } from "@/db/queries/users/admin";
import { userRoles } from "@/db/schema";
import { requirePermission } from "@/lib/dal";
import { formatDate } from "@/lib/format";
import { getEnv } from "@/lib/env";
import { FilterButton, FilterInput, FilterSelect } from "@/components/admin/filter-controls";
import { UserRowActions } from "./user-row-actions";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 50;

const filtersSchema = z.object({
  q: searchText(100).optional().catch(undefined),
  role: z.enum(userRoles).optional().catch(undefined),
  after: z
    .string()
    .regex(/^\d{1,15}_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});

function parseCursor(value?: string) {
  if (!value) return null;
  const [ms, id] = value.split("_");
  return { createdAt: new Date(Number(ms)), id: id! };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePermission("user:manage", "/admin/users");
  const filters = filtersSchema.parse(await searchParams);
  const { users, next } = await listUsers(getDb(), {
    limit: PAGE_SIZE,
    search: filters.q || undefined,
    role: filters.role,
    before: parseCursor(filters.after),
  });
  const timeZone = getEnv().SITE_TIME_ZONE;
  const nextParams = next
    ? new URLSearchParams({
        ...(filters.q ? { q: filters.q } : {}),
        ...(filters.role ? { role: filters.role } : {}),
        after: `${next.createdAt.getTime()}_${next.id}`,
      })
    : null;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-2 text-sm" action="/admin/users">
        <FilterInput label="Search name or email" name="q" value={filters.q} />
        <FilterSelect label="Role" name="role" value={filters.role} options={[["", "Any role"], ...userRoles.map((role): [string, string] => [role, role])]} />
        <FilterButton />
      </form>
      {users.length === 0 ? (
        <p className="mt-6">No accounts match.</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <thead>
            <tr className="border-b-2 border-stone-900 dark:border-stone-300">
              <th scope="col" className="py-2 pr-3">Name</th>
              <th scope="col" className="py-2 pr-3">Email</th>
              <th scope="col" className="py-2 pr-3">Joined</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2">Role and access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-stone-300 align-top dark:border-stone-700">
                <th scope="row" className="py-2 pr-3 font-semibold">{user.name}</th>
                <td className="py-2 pr-3 break-all">{user.email}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDate(user.createdAt.toISOString(), timeZone)}</td>
                <td className="py-2 pr-3">{user.disabled ? "Disabled" : "Active"}</td>
                <td className="py-2">
                  <UserRowActions user={user} isSelf={user.id === actor.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextParams && (
        <p className="mt-6 text-right">
          <Link href={`/admin/users?${nextParams.toString()}`} className="font-semibold underline">
            Older accounts →
          </Link>
        </p>
      )}
    </>
  );
}
