export function FormAlert({ message }: { message?: string }) {
  // The live region stays in the page so screen readers announce new messages.
  return (
    <div aria-live="polite" className="min-h-0">
      {message && (
        <p role="alert" className="rounded border border-accent bg-red-50 px-3 py-2 text-sm font-semibold text-accent dark:bg-red-950 dark:text-accent-dark">
          {message}
        </p>
      )}
    </div>
  );
}
