"use client";

import { useId, useState } from "react";
import { describedBy, FieldFrame } from "./field-frame";

type UploadResult = { ok?: boolean; data?: { file: string }; fieldErrors?: { file?: string }; formError?: string };

/** Upload, show and remove one image; the server action checks the bytes and answers with the stored name. */
export function ImageUploadField({
  label,
  file,
  error,
  removeLabel,
  upload,
  onChange,
}: {
  label: string;
  file: string | null;
  error?: string;
  removeLabel: string;
  upload: (form: FormData) => Promise<UploadResult>;
  onChange: (file: string | null) => void;
}) {
  const id = `${useId()}-image`;
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const message = uploadError ?? error;

  async function send(chosen: File | undefined) {
    if (!chosen) return;
    setUploading(true);
    setUploadError(null);
    try {
      const form = new FormData();
      form.set("file", chosen);
      const result = await upload(form);
      if (result.ok && result.data) onChange(result.data.file);
      else setUploadError(result.fieldErrors?.file ?? result.formError ?? "The upload failed. Try again.");
    } catch {
      setUploadError("The upload failed. Check the file and your connection, then try again.");
    } finally {
      setUploading(false);
    }
  }

  const hint = "JPEG, PNG, WebP, GIF or AVIF, up to 4 MB.";
  return (
    <FieldFrame id={id} label={label} hint={hint} error={message ?? undefined}>
      {file && (
        // eslint-disable-next-line @next/next/no-img-element -- served from our own uploads route
        <img src={`/uploads/${file}`} alt="" className="max-h-48 w-fit rounded border border-stone-300 dark:border-stone-700" />
      )}
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        disabled={uploading}
        onChange={(event) => {
          void send(event.target.files?.[0]);
          event.target.value = "";
        }}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message ?? undefined)}
        className="text-sm"
      />
      {uploading && <p className="text-sm" role="status">Uploading…</p>}
      {file && (
        <button type="button" onClick={() => onChange(null)} className="w-fit text-sm underline">
          {removeLabel}
        </button>
      )}
    </FieldFrame>
  );
}
