"use client";

import Link from "next/link";
import { TextField } from "@/components/ui/text-field";
import { CoverImageField } from "./cover-image-field";
import { ActionButton, SelectField } from "./editor-controls";
import { TagInput } from "./tag-input";
import type { PostEditorState } from "./use-post-editor";

/** Section, tags, source, cover, comments, author and scheduling. */
export function DetailFields({
  editor,
  tagSuggestions,
  writers,
  canPublish,
  canAddSections,
}: {
  editor: PostEditorState;
  tagSuggestions: string[];
  writers: { id: string; name: string }[] | null;
  canPublish: boolean;
  canAddSections: boolean;
}) {
  const { fields, errors, meta, categories, update, save, saving } = editor;
  return (
    <section aria-label="Details" className="grid gap-6 border-t border-stone-300 pt-6 md:grid-cols-2 dark:border-stone-700">
      <div className="flex flex-col gap-4">
        <SelectField
          label="Section"
          value={fields.categoryId}
          error={errors.categoryId}
          onChange={(value) => update("categoryId", value)}
          options={[["", "No section"], ...categories.map((category): [string, string] => [String(category.id), category.name])]}
        />
        {canAddSections && (
          <TextField label="Or add a new section" name="newCategory" value={fields.newCategory} error={errors.newCategory} hint="Created when you save." onChange={(event) => update("newCategory", event.target.value)} />
        )}
        <TagInput tags={fields.tags} suggestions={tagSuggestions} error={errors.tags} onChange={(tags) => update("tags", tags)} />
        <TextField label="Source name" name="sourceName" value={fields.sourceName} error={errors.sourceName} hint="Shown as “Source: …” under the article." onChange={(event) => update("sourceName", event.target.value)} />
        <TextField label="Source address" name="sourceUrl" type="url" value={fields.sourceUrl} error={errors.sourceUrl} onChange={(event) => update("sourceUrl", event.target.value)} />
      </div>
      <div className="flex flex-col gap-4">
        <CoverImageField file={fields.coverImage} error={errors.coverImage} onChange={(file) => update("coverImage", file)} />
        {fields.coverImage && (
          <TextField label="Image description" name="coverAlt" required value={fields.coverAlt} error={errors.coverAlt} onChange={(event) => update("coverAlt", event.target.value)} />
        )}
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" checked={fields.commentsOpen} onChange={(event) => update("commentsOpen", event.target.checked)} />
          Comments open on this post
        </label>
        {writers && (
          <SelectField label="Author" value={fields.authorId} error={errors.authorId} onChange={(value) => update("authorId", value)} options={writers.map((writer): [string, string] => [writer.id, writer.name])} />
        )}
        {canPublish && meta.status !== "published" && meta.status !== "trash" && (
          <div className="flex flex-wrap items-end gap-2">
            <TextField label="Publish at" name="publishAt" type="datetime-local" hint="In your computer’s time." value={fields.publishAt} error={errors.publishAt} onChange={(event) => update("publishAt", event.target.value)} />
            <ActionButton onClick={() => void save("schedule")} disabled={saving !== null}>
              Schedule
            </ActionButton>
          </div>
        )}
        {meta.id && (
          <Link href={`/admin/posts/${meta.id}/revisions`} className="text-sm underline">
            Revisions
          </Link>
        )}
      </div>
    </section>
  );
}
