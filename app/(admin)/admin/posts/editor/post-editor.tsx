"use client";

import Link from "next/link";
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { ArticleBody } from "@/components/posts/article-body";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { PostStatus } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import type { PostField } from "@/lib/posts/post-input";
import type { Conflict } from "@/lib/posts/save-post";
import { isLive, type PostIntent } from "@/lib/posts/workflow";
import { slugify } from "@/lib/slug";
import { savePostAction } from "../editor-actions";
import { CoverImageField } from "./cover-image-field";
import { TagInput } from "./tag-input";

export interface EditorFields {
  headline: string;
  slug: string;
  slugEdited: boolean;
  kicker: string;
  lead: string;
  body: string;
  categoryId: string;
  newCategory: string;
  tags: string[];
  sourceName: string;
  sourceUrl: string;
  coverImage: string | null;
  coverAlt: string;
  commentsOpen: boolean;
  authorId: string;
  /** datetime-local value in the browser's time zone. */
  publishAt: string;
}

export interface EditorMeta {
  id: number | null;
  version: number | null;
  status: PostStatus;
  publishedAt: string | null;
  updatedAt: string | null;
}

const AUTOSAVE_MS = 4000;

// A post begun at /admin/posts/new lives at /admin/posts/<id>/edit after its first
// save. When a later save expires cache tags, Next re-renders that route and the
// editor mounts afresh (from the saved post, so nothing typed is lost): the result of
// the save that caused it is handed over here. Browser memory only; the server never
// writes it.
const lastResult: { postId: number | null; message: string | null } = { postId: null, message: null };

const statusLabels: Record<PostStatus, string> = {
  draft: "Draft",
  pending: "Pending review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  trash: "In the trash",
};

/**
 * The post editor. Fields are controlled, so saving never touches what is being
 * typed (the cursor stays put); autosave sends the whole post with the version it
 * was loaded at, and a newer save from elsewhere is reported instead of overwritten.
 */
export function PostEditor({
  initialFields,
  initialMeta,
  categories: initialCategories,
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
  // In the site's time zone, so the server's render and the browser's agree.
  const formatTime = useCallback((iso: string) => formatDateTime(iso, siteTimeZone), [siteTimeZone]);
  const [fields, setFields] = useState(initialFields);
  const [meta, setMeta] = useState(initialMeta);
  const [categories, setCategories] = useState(initialCategories);
  const [errors, setErrors] = useState<Partial<Record<PostField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState<PostIntent | "autosave" | null>(null);
  const [message, setMessage] = useState<string | null>(() =>
    lastResult.postId !== null && lastResult.postId === initialMeta.id
      ? lastResult.message
      : initialMeta.updatedAt
        ? `Last saved ${formatDateTime(initialMeta.updatedAt, siteTimeZone)}${lastEditedByName ? ` by ${lastEditedByName}` : ""}.`
        : null,
  );
  // Every keystroke bumps `edits`; a save records the count it sent, so typing
  // during a save leaves the post marked unsaved.
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const [dirty, setDirty] = useState(false);
  const savingRef = useRef(false);
  const fieldsRef = useRef(fields);
  const metaRef = useRef(meta);
  useLayoutEffect(() => {
    fieldsRef.current = fields;
    metaRef.current = meta;
  });
  const live = isLive(meta.status);
  const id = useId();

  const update = useCallback(<K extends keyof EditorFields>(key: K, value: EditorFields[K]) => {
    setFields((previous) => {
      const next = { ...previous, [key]: value };
      // The address follows the headline until someone types one, or the post has been out.
      if (key === "headline" && !previous.slugEdited && !metaRef.current.publishedAt) next.slug = slugify(String(value));
      return next;
    });
    edits.current += 1;
    setDirty(true);
  }, []);

  const save = useCallback(async (intent: PostIntent, autosave = false) => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(autosave ? "autosave" : intent);
    const sent = edits.current;
    const current = fieldsRef.current;
    const { id: postId, version } = metaRef.current;
    try {
      const result = await savePostAction({
        id: postId,
        version,
        intent,
        autosave,
        headline: current.headline,
        slug: current.slug,
        slugEdited: current.slugEdited,
        kicker: current.kicker,
        lead: current.lead,
        body: current.body,
        categoryId: current.categoryId ? Number(current.categoryId) : null,
        newCategory: current.newCategory,
        tags: current.tags,
        sourceName: current.sourceName,
        sourceUrl: current.sourceUrl,
        coverImage: current.coverImage,
        coverAlt: current.coverAlt,
        commentsOpen: current.commentsOpen,
        authorId: current.authorId || null,
        publishAt: intent === "schedule" && current.publishAt ? new Date(current.publishAt).toISOString() : null,
      });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.formError ?? (result.fieldErrors ? "Some fields need attention. Nothing was saved." : null));
        if (result.conflict) setConflict(result.conflict);
        return;
      }
      const { post } = result;
      setErrors({});
      setFormError(null);
      setConflict(null);
      setMeta({ id: post.id, version: post.version, status: post.status, publishedAt: post.publishedAt, updatedAt: post.updatedAt });
      metaRef.current = { ...metaRef.current, id: post.id, version: post.version, status: post.status, publishedAt: post.publishedAt };
      if (result.createdCategory && current.newCategory && post.categoryId) {
        const created = { id: post.categoryId, name: current.newCategory };
        setCategories((list) => (list.some((item) => item.id === created.id) ? list : [...list, created]));
      }
      setFields((latest) => ({
        ...latest,
        // The server may have made the address unique ("-2"); only a slug nobody typed changes.
        slug: latest.slugEdited ? latest.slug : post.slug,
        ...(result.createdCategory && post.categoryId ? { categoryId: String(post.categoryId), newCategory: "" } : {}),
      }));
      if (!postId) window.history.replaceState(null, "", `/admin/posts/${post.id}/edit`);
      savedEdits.current = sent;
      setDirty(edits.current !== sent);
      const outcome = autosave ? `Draft autosaved at ${formatTime(post.updatedAt)}.` : savedMessage(intent, post.status, post.publishedAt, formatTime);
      setMessage(outcome);
      lastResult.postId = post.id;
      lastResult.message = outcome;
    } catch {
      setFormError("Couldn’t reach the server. Your text is still here; try again in a moment.");
    } finally {
      savingRef.current = false;
      setSaving(null);
    }
  }, [formatTime]);

  // Autosave drafts every few seconds while there are unsaved changes. Live posts
  // wait for "Update", so half-finished edits never reach readers.
  useEffect(() => {
    if (!dirty || conflict || live || !fields.headline.trim()) return;
    const timer = setTimeout(() => void save("save", true), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, conflict, live, fields, save]);

  // Leaving with unsaved changes asks first: closing the tab, reloading, or an in-app link.
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || event.defaultPrevented) return;
      if (!window.confirm("You have unsaved changes. Leave this page and lose them?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  const previewBody = useDeferredValue(fields.body);
  const busy = saving !== null;

  return (
    <div className="flex flex-col gap-6">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-b border-stone-300 bg-stone-50/95 px-4 py-3 dark:border-stone-700 dark:bg-stone-950/95">
        <p className="text-sm">
          Status: <strong data-testid="post-status">{statusLabels[meta.status]}</strong>
          {meta.status === "scheduled" && meta.publishedAt && <> for {formatTime(meta.publishedAt)}</>}
        </p>
        <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
          {saving === "autosave" ? "Autosaving…" : saving ? "Saving…" : dirty ? "Unsaved changes" : message}
        </p>
        <div className="ml-auto flex flex-wrap gap-2">
          {meta.id && (
            <a href={`/preview/${meta.id}`} target="_blank" rel="noopener" className="rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold">
              Preview
            </a>
          )}
          {meta.status !== "trash" && (
            <ActionButton onClick={() => void save("save")} disabled={busy}>
              {live ? "Update" : "Save draft"}
            </ActionButton>
          )}
          {!live && meta.status !== "trash" && meta.status !== "pending" && !canPublish && (
            <ActionButton onClick={() => void save("submit")} disabled={busy} primary={!canPublish}>
              Submit for review
            </ActionButton>
          )}
          {canPublish && meta.status !== "published" && meta.status !== "trash" && (
            <ActionButton onClick={() => void save("publish")} disabled={busy} primary>
              Publish
            </ActionButton>
          )}
          {canPublish && live && (
            <ActionButton onClick={() => void save("unpublish")} disabled={busy}>
              {meta.status === "scheduled" ? "Unschedule" : "Unpublish"}
            </ActionButton>
          )}
          {canPublish && meta.status === "trash" && (
            <ActionButton onClick={() => void save("restore")} disabled={busy}>
              Restore to draft
            </ActionButton>
          )}
        </div>
      </div>

      {conflict && (
        <div role="alert" className="rounded border-2 border-accent bg-red-50 p-4 text-sm dark:bg-red-950">
          <p className="font-semibold">
            {conflict.by ?? "Someone"} saved this post at {formatTime(conflict.at)}, after you opened it. Your changes are not saved.
          </p>
          <p className="mt-1">Copy anything you want to keep, or save yours over theirs (theirs stays in the revisions).</p>
          <div className="mt-3 flex gap-2">
            <ActionButton
              onClick={() => {
                setDirty(false);
                window.location.reload();
              }}
            >
              Load their version
            </ActionButton>
            <ActionButton
              primary
              onClick={() => {
                metaRef.current = { ...metaRef.current, version: conflict.version };
                setMeta((current) => ({ ...current, version: conflict.version }));
                setConflict(null);
                void save("save");
              }}
            >
              Save mine over theirs
            </ActionButton>
          </div>
        </div>
      )}
      {!conflict && <FormAlert message={formError ?? undefined} />}
      {live && dirty && <p className="text-sm">This post is live: changes reach readers when you press Update.</p>}

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
              <ActionButton onClick={() => void save("schedule")} disabled={busy}>
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
    </div>
  );
}

function savedMessage(intent: PostIntent, status: PostStatus, publishedAt: string | null, formatTime: (iso: string) => string): string {
  switch (intent) {
    case "submit":
      return "Submitted for review. An editor will publish it.";
    case "publish":
      return "Published. It’s on the home page now.";
    case "schedule":
      return `Scheduled for ${publishedAt ? formatTime(publishedAt) : "later"}. It will go live by itself.`;
    case "unpublish":
      return status === "draft" ? "Unscheduled. It’s a draft again." : "Unpublished. Readers can’t see it now.";
    case "restore":
      return "Restored as a draft.";
    case "save":
      return status === "published" ? "Updated. Readers see the changes now." : "Saved.";
  }
}

function ActionButton({ children, onClick, disabled, primary }: { children: string; onClick: () => void; disabled?: boolean; primary?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${
        primary ? "bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900" : "border border-stone-400 hover:bg-stone-200 dark:hover:bg-stone-800"
      }`}
    >
      {children}
    </button>
  );
}

function SelectField({
  label,
  value,
  options,
  error,
  onChange,
}: {
  label: string;
  value: string;
  options: [string, string][];
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = `${useId()}-select`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
      >
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent dark:text-accent-dark">
          {error}
        </p>
      )}
    </div>
  );
}
