import { signOutAction } from "@/app/(auth)/sign-out-action";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="font-semibold underline hover:text-accent dark:hover:text-accent-dark">
        Sign out
      </button>
    </form>
  );
}
