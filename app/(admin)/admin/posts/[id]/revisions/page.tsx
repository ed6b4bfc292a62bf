import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getPostForEditor } from "@/db/queries/posts/editor";
import { getRevision, listRevisions } from "@/db/queries/posts/revisions";
import { requirePermission } from "@/lib/dal";
import { getEnv } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { revisionFields, type Segment, sideBySide } from "@/lib/posts/revision-diff";
import { idParam } from "@/lib/validation/id";
import { RestoreButton } from "./restore-button";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Revisions" };

const query = z.object({ left: idParam.optional().catch(undefined), right: idParam.optional().catch(undefined) });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const id = idParam.safeParse((await params).id);
  if (!id.success) notFound();
  const post = await getPostForEditor(getDb(), id.data);
  if (!post) notFound();
  const actor = await requirePermission("post:preview", `/admin/posts/${post.id}/revisions`, post);
  const canRestore = can(actor, "post:edit", post);
  const revisions = await listRevisions(getDb(), post.id);
  const chosen = query.parse(await searchParams);
  // By default: the latest revision against the one before it.
  const rightId = chosen.right ?? revisions[0]?.id;
  const leftId = chosen.left ?? revisions[1]?.id ?? rightId;
  const [left, right] = await Promise.all([
    leftId ? getRevision(getDb(), post.id, leftId) : null,
    rightId ? getRevision(getDb(), post.id, rightId) : null,
  ]);
  const timeZone = getEnv().SITE_TIME_ZONE;
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
      {revisions.length === 0 ? (
        <p className="mt-6">No revisions yet.</p>
      ) : (
        <div className="mt-6">
          {/* Radios join the compare form by id, so each row's restore form isn't nested in it. */}
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Every saved version, newest first</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="py-2 pr-3">Left</th>
                <th scope="col" className="py-2 pr-3">Right</th>
                <th scope="col" className="py-2 pr-3">Saved</th>
                <th scope="col" className="py-2 pr-3">Headline</th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision, index) => (
                <tr key={revision.id} className="border-b border-stone-200 dark:border-stone-800">
                  <td className="py-2 pr-3">
                    <input type="radio" form="compare" name="left" value={revision.id} defaultChecked={revision.id === leftId} aria-label={`Compare from ${describe(revision)}`} />
                  </td>
                  <td className="py-2 pr-3">
                    <input type="radio" form="compare" name="right" value={revision.id} defaultChecked={revision.id === rightId} aria-label={`Compare to ${describe(revision)}`} />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {describe(revision)}
                    {index === 0 && <span className="ml-1 font-semibold">(current)</span>}
                  </td>
                  <td className="py-2 pr-3">{revision.headline}</td>
                  <td className="flex gap-3 py-2">
                    <Link href={`/admin/posts/${post.id}/revisions?left=${revision.id}&right=${revision.id}`} className="underline" aria-label={`View the revision saved ${describe(revision)}`}>
                      View
                    </Link>
                    {canRestore && index > 0 && (
                      <RestoreButton postId={post.id} revisionId={revision.id} version={post.version} label={`Restore the revision saved ${describe(revision)}`} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form id="compare" action={`/admin/posts/${post.id}/revisions`}>
            <button type="submit" className="mt-3 rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold">
              Compare
            </button>
          </form>
        </div>
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
