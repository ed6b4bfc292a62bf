"use client";

const shortcuts: [string, string][] = [
  ["j / k", "Next / previous comment"],
  ["x", "Select or unselect the comment"],
  ["a", "Approve"],
  ["u", "Unapprove"],
  ["s", "Mark as spam"],
  ["t", "Move to the trash"],
  ["z", "Undo the last action"],
  ["r", "Reply to the highlighted comment"],
  ["e", "Edit the highlighted comment"],
  ["Esc", "Close a reply or edit form"],
  ["Enter", "Open the comment on its article"],
  ["?", "Show or hide these shortcuts"],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="fixed inset-0 z-20 flex items-center justify-center bg-black/40" onClick={onClose}>
      <div className="rounded bg-white p-6 text-sm shadow-lg dark:bg-stone-900" onClick={(event) => event.stopPropagation()}>
        <h2 id="shortcuts-title" className="font-serif text-xl font-bold">
          Keyboard shortcuts
        </h2>
        <p className="mt-1 text-stone-600 dark:text-stone-400">Actions apply to the selected comments, or to the highlighted one when none is selected.</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {shortcuts.map(([keys, what]) => (
            <div key={keys} className="contents">
              <dt>
                <kbd className="rounded border px-1 font-mono">{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="mt-4 rounded border border-stone-500 px-3 py-1 font-semibold" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}
