import type { ReactNode } from "react";

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100">
      {children}
    </div>
  );
}
