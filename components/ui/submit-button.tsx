export function SubmitButton({ pending, children, pendingText }: { pending: boolean; children: string; pendingText: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
    >
      {pending ? pendingText : children}
    </button>
  );
}
