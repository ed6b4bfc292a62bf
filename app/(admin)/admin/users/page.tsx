import type { Metadata } from "next";
import Link from "next/link";
import { AdminCell, AdminRow, AdminTable } from "@/components/admin/admin-table";
import { z } from "zod";
import { searchText } from "@/lib/validation/text";
import { listAccounts } from "@/lib/users/reads";
import { userRoles } from "@/db/schema";
import { requirePermission } from "@/lib/dal";
import { formatDate } from "@/lib/format";
import { getSiteTimeZone } from "@/lib/content";
import { FilterButton, FilterInput, FilterSelect } from "@/components/admin/filter-controls";
import { UserRowActions } from "./_components/user-row-actions";

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
  const { users, next } = await listAccounts({
    limit: PAGE_SIZE,
    search: filters.q || undefined,
    role: filters.role,
    before: parseCursor(filters.after),
  });
  const timeZone = await getSiteTimeZone();
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
      <AdminTable columns={["Name", "Email", "Joined", "Status", "Role and access"]} isEmpty={users.length === 0} empty="No accounts match.">
        {users.map((user) => (
          <AdminRow key={user.id}>
            <AdminCell heading className="font-semibold">{user.name}</AdminCell>
            <AdminCell className="break-all">{user.email}</AdminCell>
            <AdminCell className="whitespace-nowrap">{formatDate(user.createdAt.toISOString(), timeZone)}</AdminCell>
            <AdminCell>{user.disabled ? "Disabled" : "Active"}</AdminCell>
            <AdminCell last>
              <UserRowActions user={user} isSelf={user.id === actor.id} />
            </AdminCell>
          </AdminRow>
        ))}
      </AdminTable>
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
