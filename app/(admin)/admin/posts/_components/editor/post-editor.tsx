"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { ConflictNotice } from "./conflict-notice";
import { DetailFields } from "./detail-fields";
import { EditorToolbar } from "./editor-toolbar";
import type { EditorFields, EditorMeta } from "./editor-model";
import { usePostEditor } from "./use-post-editor";
import { useUnsavedGuard } from "./use-unsaved-guard";
import { WritingFields } from "./writing-fields";

export type { EditorFields, EditorMeta } from "./editor-model";

/** The post editor: write on the left, see it on the right, details below, saving from the bar on top. */
export function PostEditor({
  initialFields,
  initialMeta,
  categories,
  tagSuggestions,
  writers,
  canPublish,
  canAddSections,
  lastEditedByName,
  siteTimeZone,
}: {
  initialFields: EditorFields;
  initialMeta: EditorMeta;
  categories: { id: number; name: string }[];
  tagSuggestions: string[];
  writers: { id: string; name: string }[] | null;
  canPublish: boolean;
  canAddSections: boolean;
  lastEditedByName: string | null;
  siteTimeZone: string;
}) {
  const editor = usePostEditor({ fields: initialFields, meta: initialMeta, categories, lastEditedByName, siteTimeZone });
  useUnsavedGuard(editor.dirty);
  return (
    <div className="flex flex-col gap-6">
      <EditorToolbar editor={editor} canPublish={canPublish} />
      <ConflictNotice editor={editor} />
      {!editor.conflict && <FormAlert message={editor.formError ?? undefined} />}
      {editor.live && editor.dirty && <p className="text-sm">This post is live: changes reach readers when you press Update.</p>}
      <WritingFields editor={editor} />
      <DetailFields editor={editor} tagSuggestions={tagSuggestions} writers={writers} canPublish={canPublish} canAddSections={canAddSections} />
    </div>
  );
}
