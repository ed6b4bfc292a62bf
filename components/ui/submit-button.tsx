/** A form's submit button; `name` and `value` say which of several buttons was pressed. */
export function SubmitButton({ pending, children, pendingText, name, value }: { pending: boolean; children: string; pendingText: string; name?: string; value?: string }) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
    >
      {pending ? pendingText : children}
    </button>
  );
}
