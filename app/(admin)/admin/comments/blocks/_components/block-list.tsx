"use client";

import { useState, useTransition } from "react";
import { AdminCell, AdminRow, AdminTable } from "@/components/admin/admin-table";
import { liftBlockAction } from "../../commenter-actions";

export type BlockRow = { id: number; who: string; value: string; reason: string; until: string; by: string };

const messageOf = (state: { message?: string; formError?: string }) => state.message ?? state.formError ?? "";

/** Active blocks with Lift buttons; the outcome is announced above the table, which outlives the lifted row. */
export function BlockList({ blocks }: { blocks: BlockRow[] }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  return (
    <>
      <p role="status" aria-live="polite" className="mt-4 min-h-6 text-sm font-semibold">
        {message}
      </p>
      <AdminTable columns={["Who", "Reason", "Until", "By", { label: "Actions", hidden: true }]} isEmpty={blocks.length === 0} empty="Nobody is blocked." className="mt-2">
        {blocks.map((block) => (
          <AdminRow key={block.id}>
            <AdminCell heading className="font-normal break-all">
              <span className="font-semibold">{block.who}:</span> {block.value}
            </AdminCell>
            <AdminCell>{block.reason}</AdminCell>
            <AdminCell className="whitespace-nowrap">{block.until}</AdminCell>
            <AdminCell>{block.by}</AdminCell>
            <AdminCell last>
              <button
                type="button"
                disabled={pending}
                aria-label={`Lift the block on ${block.value}`}
                className="rounded border border-stone-500 px-2 py-1 font-semibold"
                onClick={() => startTransition(async () => setMessage(messageOf(await liftBlockAction(block.id))))}
              >
                Lift
              </button>
            </AdminCell>
          </AdminRow>
        ))}
      </AdminTable>
    </>
  );
}
