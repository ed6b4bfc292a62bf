"use client";

import { ImageUploadField } from "@/components/ui/image-upload-field";
import { uploadCoverImage } from "../../editor-actions";

/** Upload, show and remove the cover image; the server checks the bytes. */
export function CoverImageField({ file, error, onChange }: { file: string | null; error?: string; onChange: (file: string | null) => void }) {
  return <ImageUploadField label="Cover image" removeLabel="Remove cover image" file={file} error={error} upload={uploadCoverImage} onChange={onChange} />;
}
