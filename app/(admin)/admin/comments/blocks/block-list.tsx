"use client";

import { useState, useTransition } from "react";
import { liftBlockAction } from "../commenter-actions";

export type BlockRow = { id: number; who: string; value: string; reason: string; until: string; by: string };

/** Active blocks with Lift buttons; the outcome is announced above the table, which outlives the lifted row. */
export function BlockList({ blocks }: { blocks: BlockRow[] }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  return (
    <>
      <p role="status" aria-live="polite" className="mt-4 min-h-6 text-sm font-semibold">
        {message}
      </p>
      {blocks.length === 0 ? (
        <p className="mt-2">Nobody is blocked.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="border-b-2 border-stone-900 dark:border-stone-300">
              <th scope="col" className="py-2 pr-3">Who</th>
              <th scope="col" className="py-2 pr-3">Reason</th>
              <th scope="col" className="py-2 pr-3">Until</th>
              <th scope="col" className="py-2 pr-3">By</th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {blocks.map((block) => (
              <tr key={block.id} className="border-b border-stone-300 align-top dark:border-stone-700">
                <th scope="row" className="py-2 pr-3 font-normal break-all">
                  <span className="font-semibold">{block.who}:</span> {block.value}
                </th>
                <td className="py-2 pr-3">{block.reason}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{block.until}</td>
                <td className="py-2 pr-3">{block.by}</td>
                <td className="py-2">
                  <button
                    type="button"
                    disabled={pending}
                    aria-label={`Lift the block on ${block.value}`}
                    className="rounded border border-stone-500 px-2 py-1 font-semibold"
                    onClick={() => startTransition(async () => setMessage((await liftBlockAction(block.id)).message))}
                  >
                    Lift
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
