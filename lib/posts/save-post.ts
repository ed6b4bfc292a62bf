import "server-only";
import { getDb } from "@/lib/db";
import { categoryExists, ensureCategory, insertPost, isSlugTaken, isWriter, lockPostForEdit, type PostWrite, recordSlugChange, setPostTags, slugsStartingWith, updatePostAtVersion } from "@/db/queries/posts/editor";
import { recordRevision } from "@/db/queries/posts/revisions";
import type { PostStatus } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { fieldErrorsOf } from "@/lib/forms/action-state";
import { type Actor, can } from "@/lib/permissions";
import { slugify, uniqueSlug } from "@/lib/slug";
import { type PostField, type PostInput, postInputSchema, uniqueTagNames } from "./post-input";
import { decideStatus, isLive } from "./workflow";

export interface SavedPost {
  id: number;
  version: number;
  slug: string;
  status: PostStatus;
  publishedAt: string | null;
  updatedAt: string;
  categoryId: number | null;
}

export interface Conflict {
  version: number;
  by: string | null;
  at: string;
}

export type SaveResult =
  | { ok: true; post: SavedPost; createdCategory: boolean; invalidate: string[] }
  | { ok: false; fieldErrors?: Partial<Record<PostField, string>>; formError?: string; conflict?: Conflict };

type Failure = Extract<SaveResult, { ok: false }>;

class Refusal extends Error {
  constructor(readonly result: Failure) {
    super("refused");
  }
}

const refuse = (result: Omit<Failure, "ok">): never => {
  throw new Refusal({ ok: false, ...result });
};

/**
 * One save from the editor: checks the input, the person's rights on this post,
 * that nobody saved since they loaded it, then writes post, tags, revision and
 * old-address redirect in one transaction. Nothing is written when anything fails.
 */
export async function savePost(actor: Actor, raw: unknown, now = new Date()): Promise<SaveResult> {
  const parsed = postInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf<PostField>(parsed.error);
    return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: false, formError: "The editor sent something unexpected. Reload and try again." };
  }
  const input = parsed.data;
  try {
    return await getDb().transaction((tx) => writePost(tx, actor, input, now));
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

async function writePost(tx: Tx, actor: Actor, input: PostInput, now: Date): Promise<SaveResult> {
  const current = input.id ? await lockPostForEdit(tx, input.id) : null;
  if (input.id && !current) refuse({ formError: "This post no longer exists." });
  // Before anything about the post is told (who saved it last, say): may this person touch it at all?
  if (current && !can(actor, "post:edit", current)) refuse({ formError: "You can’t edit this post." });
  if (current && input.version !== current.version) {
    // Checked before the rights: a stale tab learns what happened either way.
    refuse({
      formError: `${current.lastEditedByName ?? "Someone"} saved this post after you opened it. Your changes are not saved yet.`,
      conflict: { version: current.version, by: current.lastEditedByName, at: current.updatedAt.toISOString() },
    });
  }

  const decision = decideStatus({
    actor,
    post: current,
    intent: input.intent,
    publishAt: input.publishAt ? new Date(input.publishAt) : null,
    now,
  });
  if (!decision.ok) refuse(decision.field ? { fieldErrors: { [decision.field]: decision.message } } : { formError: decision.message });
  const { status, publishedAt } = decision as Extract<typeof decision, { ok: true }>;

  const publisher = can(actor, "post:publish");
  let authorId = current?.authorId ?? actor.id;
  if (input.authorId && input.authorId !== authorId) {
    if (!publisher) refuse({ fieldErrors: { authorId: "Only editors can change the author." } });
    if (!(await isWriter(tx, input.authorId))) refuse({ fieldErrors: { authorId: "Choose an author, editor or admin." } });
    authorId = input.authorId;
  }

  let categoryId = input.categoryId;
  let createdCategory = false;
  if (input.newCategory) {
    if (!can(actor, "taxonomy:manage")) refuse({ fieldErrors: { newCategory: "Only editors can add sections. Pick an existing one." } });
    const slug = slugify(input.newCategory);
    if (!slug) refuse({ fieldErrors: { newCategory: "A section name needs letters or digits." } });
    categoryId = await ensureCategory(tx, input.newCategory, slug);
    createdCategory = true;
  } else if (categoryId !== null && !(await categoryExists(tx, categoryId))) {
    refuse({ fieldErrors: { categoryId: "That section no longer exists. Pick another." } });
  }

  const tagNames = uniqueTagNames(input.tags);
  const namedTags: { name: string; slug: string }[] = [];
  for (const name of tagNames) {
    const slug = slugify(name);
    if (!slug) refuse({ fieldErrors: { tags: `“${name}” needs letters or digits.` } });
    if (!namedTags.some((tag) => tag.slug === slug)) namedTags.push({ name, slug });
  }

  const slug = await chooseSlug(tx, input, current);
  const values: PostWrite = {
    slug,
    kicker: input.kicker,
    headline: input.headline,
    lead: input.lead,
    body: input.body,
    status,
    publishedAt,
    authorId,
    categoryId,
    sourceName: input.sourceName || null,
    sourceUrl: input.sourceUrl || null,
    coverImage: input.coverImage,
    coverAlt: input.coverImage ? input.coverAlt : "",
    commentsOpen: input.commentsOpen,
    lastEditedBy: actor.id,
  };
  const written = current
    ? await updatePostAtVersion(tx, current.id, current.version, values, now)
    : await insertPost(tx, values, now);
  if (!written) refuse({ formError: "Someone saved this post a moment ago. Reload to see their version." });
  const saved = written!;

  // Once readers have had an address, it keeps working after a rename.
  if (current && current.slug !== slug && current.publishedAt && (current.status === "published" || current.status === "unpublished")) {
    await recordSlugChange(tx, current.id, current.slug, slug);
  }

  const content = {
    headline: values.headline,
    slug,
    kicker: values.kicker,
    lead: values.lead,
    body: values.body,
    sourceName: values.sourceName,
    sourceUrl: values.sourceUrl,
  };
  const changed = !current || (Object.keys(content) as (keyof typeof content)[]).some((key) => content[key] !== current[key]);
  if (changed) await recordRevision(tx, { postId: saved.id, userId: actor.id, autosave: input.autosave, content, now });
  await setPostTags(tx, saved.id, namedTags);

  const invalidate = new Set<string>();
  if (isLive(status) || (current && isLive(current.status))) {
    invalidate.add(cacheTags.posts);
    invalidate.add(cacheTags.post(saved.id));
    invalidate.add(cacheTags.postSlug(slug));
    if (current) invalidate.add(cacheTags.postSlug(current.slug));
  }
  if (createdCategory) invalidate.add(cacheTags.categories);

  return {
    ok: true,
    createdCategory,
    invalidate: [...invalidate],
    post: {
      id: saved.id,
      version: saved.version,
      slug,
      status,
      publishedAt: publishedAt?.toISOString() ?? null,
      updatedAt: saved.updatedAt.toISOString(),
      categoryId,
    },
  };
}

/**
 * The address the post is saved under. A typed slug must be free; one that
 * follows the headline gets a free "-2" variant, and stops following it once
 * the post has been published (its address is out in the world by then).
 */
async function chooseSlug(tx: Tx, input: PostInput, current: { id: number; slug: string; publishedAt: Date | null; status: PostStatus } | null) {
  if (current && input.slug === current.slug) return current.slug;
  if (input.slugEdited && input.slug) {
    if (await isSlugTaken(tx, input.slug, current?.id ?? null)) {
      refuse({ fieldErrors: { slug: "Another post already uses this address. Choose a different one." } });
    }
    return input.slug;
  }
  const onceLive = current?.publishedAt && current.status !== "draft" && current.status !== "pending";
  if (current && onceLive) return current.slug;
  const base = slugify(input.headline) || "post";
  const taken = await slugsStartingWith(tx, base, current?.id ?? null);
  return uniqueSlug(base, (slug) => taken.has(slug));
}
