"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { formatDateTime } from "@/lib/format";
import type { PostField } from "@/lib/posts/post-input";
import type { Conflict } from "@/lib/posts/save-post";
import { isLive, type PostIntent } from "@/lib/posts/workflow";
import { slugify } from "@/lib/slug";
import { savePostAction } from "../../editor-actions";
import { type EditorFields, type EditorMeta, saveRequest, savedMessage, type UpdateField } from "./editor-model";

const AUTOSAVE_MS = 4000;

// A post begun at /admin/posts/new lives at /admin/posts/<id>/edit after its first
// save. When a later save expires cache tags, Next re-renders that route and the
// editor mounts afresh (from the saved post, so nothing typed is lost): the result of
// the save that caused it is handed over here. Browser memory only; the server never
// writes it.
const lastResult: { postId: number | null; message: string | null } = { postId: null, message: null };

type Category = { id: number; name: string };

/**
 * The editor's state and saving. Fields are controlled, so saving never touches
 * what is being typed (the cursor stays put); autosave sends the whole post with
 * the version it was loaded at, and a newer save from elsewhere is reported
 * instead of overwritten.
 */
export function usePostEditor(initial: { fields: EditorFields; meta: EditorMeta; categories: Category[]; lastEditedByName: string | null; siteTimeZone: string }) {
  const { siteTimeZone } = initial;
  // In the site's time zone, so the server's render and the browser's agree.
  const formatTime = useCallback((iso: string) => formatDateTime(iso, siteTimeZone), [siteTimeZone]);
  const [fields, setFields] = useState(initial.fields);
  const [meta, setMeta] = useState(initial.meta);
  const [categories, setCategories] = useState(initial.categories);
  const [errors, setErrors] = useState<Partial<Record<PostField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState<PostIntent | "autosave" | null>(null);
  const [message, setMessage] = useState<string | null>(() =>
    lastResult.postId !== null && lastResult.postId === initial.meta.id
      ? lastResult.message
      : initial.meta.updatedAt
        ? `Last saved ${formatDateTime(initial.meta.updatedAt, siteTimeZone)}${initial.lastEditedByName ? ` by ${initial.lastEditedByName}` : ""}.`
        : null,
  );
  // Every keystroke bumps `edits`; a save records the count it sent, so typing
  // during a save leaves the post marked unsaved.
  const edits = useRef(0);
  const [dirty, setDirty] = useState(false);
  const savingRef = useRef(false);
  const fieldsRef = useRef(fields);
  const metaRef = useRef(meta);
  useLayoutEffect(() => {
    fieldsRef.current = fields;
    metaRef.current = meta;
  });
  const live = isLive(meta.status);

  const update: UpdateField = useCallback((key, value) => {
    setFields((previous) => {
      const next = { ...previous, [key]: value };
      // The address follows the headline until someone types one, or the post has been out.
      if (key === "headline" && !previous.slugEdited && !metaRef.current.publishedAt) next.slug = slugify(String(value));
      return next;
    });
    edits.current += 1;
    setDirty(true);
  }, []);

  const save = useCallback(
    async (intent: PostIntent, autosave = false) => {
      if (savingRef.current) return;
      savingRef.current = true;
      setSaving(autosave ? "autosave" : intent);
      const sent = edits.current;
      const current = fieldsRef.current;
      const wasNew = !metaRef.current.id;
      try {
        const state = await savePostAction(saveRequest(current, metaRef.current, intent, autosave));
        const saved = state.ok && state.data && "post" in state.data ? state.data : null;
        if (!saved) {
          setErrors(state.fieldErrors ?? {});
          setFormError(state.formError ?? (state.fieldErrors ? "Some fields need attention. Nothing was saved." : null));
          if (state.data && "conflict" in state.data) setConflict(state.data.conflict);
          return;
        }
        const { post, createdCategory } = saved;
        setErrors({});
        setFormError(null);
        setConflict(null);
        setMeta({ id: post.id, version: post.version, status: post.status, publishedAt: post.publishedAt, updatedAt: post.updatedAt });
        metaRef.current = { ...metaRef.current, id: post.id, version: post.version, status: post.status, publishedAt: post.publishedAt };
        if (createdCategory && current.newCategory && post.categoryId) {
          const created = { id: post.categoryId, name: current.newCategory };
          setCategories((list) => (list.some((item) => item.id === created.id) ? list : [...list, created]));
        }
        setFields((latest) => ({
          ...latest,
          // The server may have made the address unique ("-2"); only a slug nobody typed changes.
          slug: latest.slugEdited ? latest.slug : post.slug,
          ...(createdCategory && post.categoryId ? { categoryId: String(post.categoryId), newCategory: "" } : {}),
        }));
        if (wasNew) window.history.replaceState(null, "", `/admin/posts/${post.id}/edit`);
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
    },
    [formatTime],
  );

  /** After a conflict: save what is on screen over the newer version (which stays in the revisions). */
  const saveOverTheirs = useCallback(
    (theirs: Conflict) => {
      metaRef.current = { ...metaRef.current, version: theirs.version };
      setMeta((current) => ({ ...current, version: theirs.version }));
      setConflict(null);
      void save("save");
    },
    [save],
  );

  // Autosave drafts every few seconds while there are unsaved changes. Live posts
  // wait for "Update", so half-finished edits never reach readers.
  useEffect(() => {
    if (!dirty || conflict || live || !fields.headline.trim()) return;
    const timer = setTimeout(() => void save("save", true), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, conflict, live, fields, save]);

  return { fields, meta, categories, errors, formError, conflict, saving, message, dirty, setDirty, live, update, save, saveOverTheirs, formatTime };
}

export type PostEditorState = ReturnType<typeof usePostEditor>;
