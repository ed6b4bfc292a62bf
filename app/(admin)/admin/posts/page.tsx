import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { searchText } from "@/lib/validation/text";
import { idParam } from "@/lib/validation/id";
import { listPostFilterChoices, listPostsFor } from "@/lib/posts/reads";
import { postStatuses } from "@/db/schema";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { FilterButton, FilterInput, FilterSelect } from "@/components/admin/filter-controls";
import { PostTable } from "./_components/post-table";

export const metadata: Metadata = { title: "Posts" };

const paramsSchema = z.object({
  status: z.enum([...postStatuses, "all"]).catch("all"),
  author: z.uuid().optional().catch(undefined),
  category: idParam.optional().catch(undefined),
  q: searchText(200).optional().catch(undefined),
  after: z.string().max(40).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PostsPage({ searchParams }: Props) {
  const actor = await requirePermission("post:create", "/admin/posts");
  const params = paramsSchema.parse(await searchParams);
  const [page, { authors, sections }] = await Promise.all([
    listPostsFor(
      actor,
      { status: params.status, authorId: params.author, categoryId: params.category, search: params.q || undefined },
      { limit: 50, after: params.after ? decodeCursor(params.after) : null },
    ),
    listPostFilterChoices(),
  ]);
  const timeZone = await getSiteTimeZone();
  const next = page.next
    ? new URLSearchParams({
        status: params.status,
        ...(params.author ? { author: params.author } : {}),
        ...(params.category ? { category: String(params.category) } : {}),
        ...(params.q ? { q: params.q } : {}),
        after: encodeCursor(page.next),
      })
    : null;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="font-serif text-3xl font-bold">Posts</h1>
        <div className="flex gap-3 text-sm font-semibold">
          {can(actor, "taxonomy:manage") && (
            <>
              <Link href="/admin/categories" className="underline">
                Sections
              </Link>
              <Link href="/admin/tags" className="underline">
                Tags
              </Link>
            </>
          )}
          <Link href="/admin/posts/new" className="rounded bg-stone-900 px-3 py-1.5 text-white no-underline dark:bg-stone-100 dark:text-stone-900">
            New post
          </Link>
        </div>
      </div>
      <form role="search" action="/admin/posts" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
        <FilterInput label="Search headlines" name="q" value={params.q} />
        <FilterSelect label="Status" name="status" value={params.status} options={[["all", "All but trash"], ...postStatuses.map((status): [string, string] => [status, status])]} />
        <FilterSelect label="Author" name="author" value={params.author} options={[["", "Anyone"], ...authors.map((author): [string, string] => [author.id, author.name])]} />
        <FilterSelect label="Section" name="category" value={params.category} options={[["", "Any section"], ...sections.map((section): [number, string] => [section.id, section.name])]} />
        <FilterButton />
      </form>
      <PostTable
        key={`${params.status}|${params.author ?? ""}|${params.category ?? ""}|${params.q ?? ""}|${params.after ?? ""}`}
        rows={page.posts.map((post) => ({
          id: post.id,
          slug: post.slug,
          headline: post.headline,
          status: post.status,
          authorName: post.authorName,
          categoryName: post.categoryName,
          updated: formatDateTime(post.updatedAt.toISOString(), timeZone),
          published: post.publishedAt ? formatDateTime(post.publishedAt.toISOString(), timeZone) : null,
          commentCount: post.commentCount,
          pendingCount: post.pendingCount,
          canDelete: post.status !== "trash" && can(actor, "post:delete", post),
          canEdit: can(actor, "post:edit", post),
          canPreview: can(actor, "post:preview", post),
        }))}
      />
      {next && (
        <p className="mt-6 text-right">
          <Link href={`/admin/posts?${next.toString()}`} className="font-semibold underline">
            Older posts →
          </Link>
        </p>
      )}
    </>
  );
}
