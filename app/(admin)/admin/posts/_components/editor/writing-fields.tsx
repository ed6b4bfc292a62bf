"use client";

import { useDeferredValue, useId } from "react";
import { ArticleBody } from "@/components/posts/article-body";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { PostEditorState } from "./use-post-editor";

/** Headline to body on the left, and beside it the article as readers will see it. */
export function WritingFields({ editor }: { editor: PostEditorState }) {
  const { fields, errors, meta, update } = editor;
  const previewBody = useDeferredValue(fields.body);
  const id = useId();
  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <section aria-label="Write" className="flex min-w-0 flex-col gap-4">
        <TextField label="Headline" name="headline" required value={fields.headline} error={errors.headline} onChange={(event) => update("headline", event.target.value)} className="font-serif text-2xl" />
        <TextField
          label="Address (slug)"
          name="slug"
          value={fields.slug}
          error={errors.slug}
          hint={meta.status === "published" ? "Changing it keeps the old address working (it redirects here)." : "Follows the headline until you change it."}
          onChange={(event) => {
            update("slug", event.target.value);
            update("slugEdited", true);
          }}
        />
        <TextField label="Kicker" name="kicker" value={fields.kicker} error={errors.kicker} hint="A word or two above the headline." onChange={(event) => update("kicker", event.target.value)} />
        <TextAreaField label="Lead" name="lead" rows={3} value={fields.lead} error={errors.lead} onChange={(event) => update("lead", event.target.value)} />
        <TextAreaField
          label="Body"
          name="body"
          rows={22}
          value={fields.body}
          error={errors.body}
          hint="Markdown: ## for a subheading, > for a quote, **bold**, [link](https://…)."
          onChange={(event) => update("body", event.target.value)}
          className="font-mono text-sm"
        />
      </section>
      <section aria-labelledby={`${id}-preview`} className="min-w-0 rounded border border-stone-300 p-4 dark:border-stone-700">
        <h2 id={`${id}-preview`} className="mb-4 text-xs font-bold tracking-widest text-stone-500 uppercase">
          Live preview
        </h2>
        <div data-testid="live-preview">
          {fields.kicker && <p className="kicker">{fields.kicker}</p>}
          <p className="mt-2 font-serif text-3xl leading-tight font-bold">{fields.headline || "Headline"}</p>
          {fields.lead && <p className="mt-3 font-serif text-lg text-stone-700 dark:text-stone-300">{fields.lead}</p>}
          <div className="mt-6">
            <ArticleBody markdown={previewBody} />
          </div>
        </div>
      </section>
    </div>
  );
}
