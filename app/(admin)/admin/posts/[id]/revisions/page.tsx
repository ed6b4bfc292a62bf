import type { Metadata } from "next";
import Link from "next/link";
import { AdminCell, AdminRow, AdminTable } from "@/components/admin/admin-table";
import { notFound } from "next/navigation";
import { z } from "zod";
import { listPostRevisions, loadPostForEditor, loadRevision } from "@/lib/posts/reads";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { revisionFields, type Segment, sideBySide } from "@/lib/posts/revision-diff";
import { idParam } from "@/lib/validation/id";
import { RestoreButton } from "./_components/restore-button";

export const metadata: Metadata = { title: "Revisions" };

const query = z.object({ left: idParam.optional().catch(undefined), right: idParam.optional().catch(undefined) });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const id = idParam.safeParse((await params).id);
  if (!id.success) notFound();
  const post = await loadPostForEditor(id.data);
  if (!post) notFound();
  const actor = await requirePermission("post:preview", `/admin/posts/${post.id}/revisions`, post);
  const canRestore = can(actor, "post:edit", post);
  const revisions = await listPostRevisions(post.id);
  const chosen = query.parse(await searchParams);
  // By default: the latest revision against the one before it.
  const rightId = chosen.right ?? revisions[0]?.id;
  const leftId = chosen.left ?? revisions[1]?.id ?? rightId;
  const [left, right] = await Promise.all([
    leftId ? loadRevision(post.id, leftId) : null,
    rightId ? loadRevision(post.id, rightId) : null,
  ]);
  const timeZone = await getSiteTimeZone();
  const describe = (revision: { createdAt: Date; updatedAt: Date; userName: string | null; autosave: boolean }) =>
    `${formatDateTime(revision.updatedAt.toISOString(), timeZone)} by ${revision.userName ?? "a deleted account"}${revision.autosave ? " (autosave)" : ""}`;

  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/posts/${post.id}/edit`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Revisions of “{post.headline}”</h1>
      <AdminTable
        columns={["Left", "Right", "Saved", "Headline", { label: "Actions", hidden: true }]}
        caption="Every saved version, newest first"
        isEmpty={revisions.length === 0}
        empty="No revisions yet."
      >
        {/* Radios join the compare form by id, so each row's restore form isn't nested in it. */}
        {revisions.map((revision, index) => (
          <AdminRow key={revision.id}>
            <AdminCell>
              <input type="radio" form="compare" name="left" value={revision.id} defaultChecked={revision.id === leftId} aria-label={`Compare from ${describe(revision)}`} />
            </AdminCell>
            <AdminCell>
              <input type="radio" form="compare" name="right" value={revision.id} defaultChecked={revision.id === rightId} aria-label={`Compare to ${describe(revision)}`} />
            </AdminCell>
            <AdminCell className="whitespace-nowrap">
              {describe(revision)}
              {index === 0 && <span className="ml-1 font-semibold">(current)</span>}
            </AdminCell>
            <AdminCell>{revision.headline}</AdminCell>
            <AdminCell last className="flex gap-3">
              <Link href={`/admin/posts/${post.id}/revisions?left=${revision.id}&right=${revision.id}`} className="underline" aria-label={`View the revision saved ${describe(revision)}`}>
                View
              </Link>
              {canRestore && index > 0 && <RestoreButton postId={post.id} revisionId={revision.id} version={post.version} label={`Restore the revision saved ${describe(revision)}`} />}
            </AdminCell>
          </AdminRow>
        ))}
      </AdminTable>
      {revisions.length > 0 && (
        <form id="compare" action={`/admin/posts/${post.id}/revisions`}>
          <button type="submit" className="mt-3 rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold">
            Compare
          </button>
        </form>
      )}

      {left && right && (
        <section aria-labelledby="comparison" className="mt-10">
          <h2 id="comparison" className="font-serif text-2xl font-bold">
            Comparison
          </h2>
          <div className="mt-2 grid grid-cols-2 gap-4 text-sm font-semibold">
            <p>{describe(left)}</p>
            <p>{describe(right)}</p>
          </div>
          {revisionFields.map(([field, label]) => {
            const diff = sideBySide(left[field] ?? "", right[field] ?? "");
            return (
              <div key={field} className="mt-4">
                <h3 className="text-xs font-bold tracking-widest text-stone-500 uppercase">
                  {label}
                  {!diff.changed && <span className="ml-2 font-normal normal-case">(unchanged)</span>}
                </h3>
                <div className="mt-1 grid grid-cols-2 gap-4">
                  <DiffColumn segments={diff.left} kind="removed" testId={`diff-left-${field}`} />
                  <DiffColumn segments={diff.right} kind="added" testId={`diff-right-${field}`} />
                </div>
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}

function DiffColumn({ segments, kind, testId }: { segments: Segment[]; kind: "added" | "removed"; testId: string }) {
  return (
    <div data-testid={testId} className="min-w-0 rounded border border-stone-300 p-3 font-mono text-sm whitespace-pre-wrap dark:border-stone-700">
      {segments.map((segment, index) =>
        !segment.changed ? (
          <span key={index}>{segment.text}</span>
        ) : kind === "added" ? (
          <ins key={index} className="bg-emerald-200 text-emerald-950 no-underline dark:bg-emerald-900 dark:text-emerald-50">
            {segment.text}
          </ins>
        ) : (
          <del key={index} className="bg-red-200 text-red-950 dark:bg-red-900 dark:text-red-50">
            {segment.text}
          </del>
        ),
      )}
    </div>
  );
}
