/** Signs this browser out; the action comes from app/ (components know no routes). */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="font-semibold underline hover:text-accent dark:hover:text-accent-dark">
        Sign out
      </button>
    </form>
  );
}
