"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { UPLOAD_HEADER } from "@/lib/wordpress/upload-header";

/** Sends the chosen export as the request body (streamed to disk on the server, never held whole), then follows its progress. */
export function ImportUploader() {
  const router = useRouter();
  const inputId = useId();
  const errorId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(event: React.FormEvent) {
    event.preventDefault();
    if (!file) {
      setError("Choose a WordPress export file (.xml) first.");
      return;
    }
    setSending(true);
    setError(null);
    try {
      const response = await fetch("/admin/tools/import/upload", {
        method: "POST",
        body: file,
        headers: { [UPLOAD_HEADER]: "1", "x-file-name": encodeURIComponent(file.name), "Content-Type": "application/xml" },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setError(body.error ?? "The upload failed. Try again.");
      } else {
        setFile(null);
        (document.getElementById(inputId) as HTMLInputElement | null)?.form?.reset();
      }
    } catch {
      setError("The upload was interrupted. Check the connection and try again.");
    } finally {
      setSending(false);
      router.refresh();
    }
  }

  return (
    <form onSubmit={(event) => void upload(event)} className="mt-4 flex flex-wrap items-end gap-3" noValidate>
      <div>
        <label htmlFor={inputId} className="block text-sm font-semibold">
          WordPress export file <span aria-hidden="true">*</span>
        </label>
        <input
          id={inputId}
          type="file"
          accept=".xml,application/xml,text/xml"
          required
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          className="mt-1 block text-sm"
        />
        {error && (
          <p id={errorId} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={sending} className="rounded bg-stone-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900">
        {sending ? "Uploading…" : "Upload and import"}
      </button>
    </form>
  );
}

/** Reloads the page's data every two seconds while an import runs, so its progress moves without a manual reload. */
export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
