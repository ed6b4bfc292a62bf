import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  customType,
  date,
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

// Millisecond precision keeps keyset cursors (which carry JS Dates) exact.
const timestamptz = (name: string) =>
  timestamp(name, { withTimezone: true, precision: 3 });

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const userRoles = [
  "reader",
  "author",
  "editor",
  "moderator",
  "admin",
] as const;
export type UserRole = (typeof userRoles)[number];
export const userRole = pgEnum("user_role", userRoles);

export const postStatuses = [
  "draft",
  "pending",
  "scheduled",
  "published",
  "unpublished",
  "trash",
] as const;
export type PostStatus = (typeof postStatuses)[number];
export const postStatus = pgEnum("post_status", postStatuses);

export const commentStatuses = [
  "pending",
  "approved",
  "spam",
  "trash",
] as const;
export type CommentStatus = (typeof commentStatuses)[number];
export const commentStatus = pgEnum("comment_status", commentStatuses);

export const users = pgTable(
  "users",
  {
    // Text-compatible UUIDs keep the table usable by the Auth.js Drizzle adapter.
    id: uuid("id").primaryKey().defaultRandom(),
    email: varchar("email", { length: 100 }).notNull(),
    name: varchar("name", { length: 245 }).notNull(),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("reader"),
    emailVerified: timestamptz("email_verified"),
    image: text("image"),
    // The author page's address, /author/<slug>: made from the name by a trigger
    // when the account is created (migration 0032), unique, and kept when the
    // name changes so links don't break.
    slug: varchar("slug", { length: 80 }).notNull().default(""),
    // Shown on the author page; plain text, paragraphs split on blank lines.
    bio: text("bio").notNull().default(""),
    disabledAt: timestamptz("disabled_at"),
    // Sessions issued before this moment are void (password reset, "sign out everywhere").
    sessionsRevokedAt: timestamptz("sessions_revoked_at"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    uniqueIndex("users_slug_idx").on(t.slug),
    // Admin → Users, newest first.
    index("users_created_idx").on(t.createdAt, t.id),
  ],
);

/**
 * Every signed-in browser. The session cookie names one of these rows, and the
 * row decides: signing out, "sign out everywhere" and expiry end it on the server,
 * so a copied or stolen cookie stops working at once.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userAgent: varchar("user_agent", { length: 300 }).notNull().default(""),
    ip: varchar("ip", { length: 45 }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    lastSeenAt: timestamptz("last_seen_at").notNull().defaultNow(),
    expiresAt: timestamptz("expires_at").notNull(),
    revokedAt: timestamptz("revoked_at"),
  },
  (t) => [
    // The account page's list of active sessions, most recently used first.
    index("user_sessions_user_idx").on(t.userId, t.lastSeenAt),
    // The clean-up job: sessions that ended long ago.
    index("user_sessions_expires_idx").on(t.expiresAt),
  ],
);

export const categories = pgTable("categories", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: varchar("slug", { length: 200 }).notNull().unique(),
  name: varchar("name", { length: 200 }).notNull(),
  description: text("description").notNull().default(""),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

export const tags = pgTable("tags", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: varchar("slug", { length: 200 }).notNull().unique(),
  name: varchar("name", { length: 200 }).notNull(),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

export const posts = pgTable(
  "posts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: varchar("slug", { length: 200 }).notNull().unique(),
    kicker: varchar("kicker", { length: 80 }).notNull().default(""),
    headline: varchar("headline", { length: 300 }).notNull(),
    lead: text("lead").notNull().default(""),
    body: text("body").notNull().default(""),
    status: postStatus("status").notNull().default("draft"),
    publishedAt: timestamptz("published_at"),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    categoryId: integer("category_id").references(() => categories.id, {
      onDelete: "set null",
    }),
    sourceName: varchar("source_name", { length: 200 }),
    sourceUrl: varchar("source_url", { length: 500 }),
    commentsOpen: boolean("comments_open").notNull().default(true),
    /** File name under the uploads folder (content-addressed), or null. */
    coverImage: varchar("cover_image", { length: 100 }),
    coverAlt: varchar("cover_alt", { length: 300 }).notNull().default(""),
    /** Who saved last, so a second tab that loses a version check can be told. */
    lastEditedBy: uuid("last_edited_by").references(() => users.id, { onDelete: "set null" }),
    // Bumped on every save so concurrent editors can detect a newer write.
    version: integer("version").notNull().default(1),
    /**
     * Site search: headline (weight A), kicker and lead (B), section and tags (C),
     * body (D), stemmed for the site's language. Kept by triggers (0028), also
     * when tags, a section or a tag name change.
     */
    search: tsvector("search"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    // Site search over published posts.
    index("posts_search_idx").using("gin", t.search).where(sql`${t.status} = 'published'`),
    // Plain ascending keys: PostgreSQL scans them backwards for "newest first".
    // (A DESC index is DESC NULLS LAST here, which ORDER BY … DESC cannot use.)
    // Home page and feeds: newest published first.
    index("posts_published_idx")
      .on(t.publishedAt, t.id)
      .where(sql`${t.status} = 'published'`),
    index("posts_category_published_idx")
      .on(t.categoryId, t.publishedAt, t.id)
      .where(sql`${t.status} = 'published'`),
    index("posts_author_published_idx")
      .on(t.authorId, t.publishedAt, t.id)
      .where(sql`${t.status} = 'published'`),
    index("posts_status_updated_idx").on(t.status, t.updatedAt, t.id),
    // The publishing job: scheduled posts whose time has come.
    index("posts_scheduled_idx")
      .on(t.publishedAt, t.id)
      .where(sql`${t.status} = 'scheduled'`),
    // Admin → Posts: recently changed first, by author, by category, by headline words.
    index("posts_updated_idx").on(t.updatedAt, t.id),
    index("posts_author_updated_idx").on(t.authorId, t.updatedAt, t.id),
    index("posts_category_updated_idx").on(t.categoryId, t.updatedAt, t.id),
    index("posts_headline_search_idx").using("gin", sql`to_tsvector('simple', ${t.headline})`),
  ],
);

export const postTags = pgTable(
  "post_tags",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.tagId] }),
    index("post_tags_tag_idx").on(t.tagId, t.postId),
  ],
);

/** Earlier addresses of published posts, answered with a permanent redirect. */
export const postSlugRedirects = pgTable(
  "post_slug_redirects",
  {
    slug: varchar("slug", { length: 200 }).primaryKey(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("post_slug_redirects_post_idx").on(t.postId)],
);

/**
 * A copy of a post's words after every save that changed them. Autosaves by the
 * same person within a few minutes update their own revision instead of piling up.
 */
export const postRevisions = pgTable(
  "post_revisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    autosave: boolean("autosave").notNull().default(false),
    headline: varchar("headline", { length: 300 }).notNull(),
    slug: varchar("slug", { length: 200 }).notNull(),
    kicker: varchar("kicker", { length: 80 }).notNull(),
    lead: text("lead").notNull(),
    body: text("body").notNull(),
    sourceName: varchar("source_name", { length: 200 }),
    sourceUrl: varchar("source_url", { length: 500 }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("post_revisions_post_idx").on(t.postId, t.createdAt, t.id)],
);

export const comments = pgTable(
  "comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => comments.id, {
      onDelete: "cascade",
    }),
    // The top-level comment a reply belongs to (null on top-level comments), so a
    // page of threads loads with two indexed queries instead of a recursive one.
    rootId: integer("root_id"),
    depth: integer("depth").notNull().default(0),
    userId: uuid("user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    authorName: varchar("author_name", { length: 245 }).notNull(),
    authorEmail: varchar("author_email", { length: 100 }).notNull(),
    authorUrl: varchar("author_url", { length: 200 }),
    body: text("body").notNull(),
    /** The body through the comment Markdown pipeline, rendered once when written. */
    bodyHtml: text("body_html"),
    /** The pipeline version that rendered bodyHtml; an older one is rendered again on read. */
    bodyHtmlVersion: smallint("body_html_version"),
    status: commentStatus("status").notNull().default("pending"),
    previousStatus: commentStatus("previous_status"),
    moderationReason: varchar("moderation_reason", { length: 100 }),
    /** The spam filter's score when the comment arrived, its top reasons, and every token it weighed. */
    spamScore: real("spam_score"),
    spamReasons: text("spam_reasons").array(),
    spamTokens: text("spam_tokens").array(),
    /** Readers who reported this comment, kept in step with comment_reports. */
    reportCount: integer("report_count").notNull().default(0),
    /** Set when the commenter changes the text after posting. */
    editedAt: timestamptz("edited_at"),
    // Stored, so a search re-checks matches without re-parsing every body.
    bodySearch: tsvector("body_search").generatedAlwaysAs(sql`to_tsvector('simple', body)`),
    ip: varchar("ip", { length: 45 }),
    /** What flood checks count under: the address, or its /64 for IPv6 (lib/client-ip.js). */
    ipKey: varchar("ip_key", { length: 45 }),
    userAgent: varchar("user_agent", { length: 500 }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    // Article page: top-level approved comments in order, then their threads.
    index("comments_post_top_approved_idx")
      .on(t.postId, t.createdAt, t.id)
      .where(sql`${t.status} = 'approved' AND ${t.parentId} IS NULL`),
    index("comments_post_root_approved_idx")
      .on(t.postId, t.rootId, t.createdAt, t.id)
      .where(sql`${t.status} = 'approved'`),
    index("comments_parent_idx").on(t.parentId),
    // Moderation queue by status, newest first.
    index("comments_status_created_idx").on(t.status, t.createdAt, t.id),
    index("comments_user_idx").on(t.userId, t.status),
    // Flood and duplicate checks: the latest comments by account, email and address.
    index("comments_user_created_idx").on(t.userId, t.createdAt),
    index("comments_email_created_idx").on(sql`lower(${t.authorEmail})`, t.createdAt),
    index("comments_ip_key_created_idx").on(t.ipKey, t.createdAt),
    // First-comment hold for guests: their own approved history, never an account's.
    index("comments_guest_email_approved_idx")
      .on(sql`lower(${t.authorEmail})`)
      .where(sql`${t.userId} IS NULL AND ${t.status} = 'approved'`),
    // Moderation queue, "Reported" view.
    index("comments_reported_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.reportCount} > 0 AND ${t.status} = 'approved'`),
    // Moderation queue filters, each in the queue's order.
    index("comments_post_status_created_idx").on(t.postId, t.status, t.createdAt, t.id),
    index("comments_email_status_created_idx").on(sql`lower(${t.authorEmail})`, t.status, t.createdAt, t.id),
    index("comments_ip_status_created_idx").on(t.ip, t.status, t.createdAt, t.id),
    index("comments_name_status_created_idx").on(sql`lower(${t.authorName})`, t.status, t.createdAt, t.id),
    // The trash purge: trashed comments by when they were last changed.
    // The queue's "held by the spam filter": only those rows are in it.
    index("comments_spam_filter_status_created_idx").on(t.status, t.createdAt, t.id).where(sql`${t.moderationReason} = 'spam-filter'`),
    index("comments_trash_updated_idx").on(t.updatedAt).where(sql`${t.status} = 'trash'`),
    index("comments_body_search_idx").using("gin", t.bodySearch),
    // Addresses are forgotten after the retention period: only rows still holding one
    // (ip_key is set with every ip; keyed on it so a search by address never picks this index).
    index("comments_address_created_idx").on(t.createdAt).where(sql`${t.ipKey} IS NOT NULL OR ${t.userAgent} IS NOT NULL`),
  ],
);

export const blockKinds = ["account", "email", "ip"] as const;
export type BlockKind = (typeof blockKinds)[number];
export const blockKind = pgEnum("block_kind", blockKinds);

/**
 * Commenters a moderator has blocked (no end) or suspended (until endsAt). Their
 * new comments go to spam while the block is active; nothing runs when a
 * suspension ends, it simply stops matching.
 */
export const commenterBlocks = pgTable(
  "commenter_blocks",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: blockKind("kind").notNull(),
    /** A user id, a lower-cased email address or an IP address. */
    value: varchar("value", { length: 200 }).notNull(),
    reason: varchar("reason", { length: 500 }).notNull(),
    endsAt: timestamptz("ends_at"),
    hideExisting: boolean("hide_existing").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    liftedAt: timestamptz("lifted_at"),
    liftedBy: uuid("lifted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("commenter_blocks_match_idx").on(t.kind, t.value).where(sql`${t.liftedAt} IS NULL`)],
);

/** Comments per status, kept by a trigger (see drizzle/0007) so the queue's counts never scan. */
/**
 * Comments per status, kept by a trigger. Spread over 16 shards per status (the
 * writer's backend picks one) so concurrent submissions don't queue on one row;
 * a tab count is the sum of its status's shards.
 */
export const commentStatusCounts = pgTable(
  "comment_status_counts",
  {
    status: commentStatus("status").notNull(),
    shard: smallint("shard").notNull().default(0),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.status, t.shard] })],
);

/**
 * Comments per day (UTC, by when they arrived), status and reason, kept by the
 * same trigger as the status counts and sharded the same way: the dashboard's
 * 30-day chart and "spam caught by each rule" read a few hundred rows, however
 * many comments there are.
 */
export const commentDailyCounts = pgTable(
  "comment_daily_counts",
  {
    day: date("day").notNull(),
    status: commentStatus("status").notNull(),
    reason: varchar("reason", { length: 100 }).notNull().default(""),
    shard: smallint("shard").notNull().default(0),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.status, t.reason, t.shard] })],
);

/**
 * Comments per post, status and UTC day, kept by the same trigger: the
 * dashboard's most discussed posts of the week and an author's comment counts
 * without counting comments.
 */
export const postDailyCommentCounts = pgTable(
  "post_daily_comment_counts",
  {
    postId: integer("post_id").notNull(),
    status: commentStatus("status").notNull(),
    day: date("day").notNull(),
    shard: smallint("shard").notNull().default(0),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.status, t.day, t.shard] }), index("post_daily_comment_counts_day_idx").on(t.day, t.status, t.postId)],
);

/**
 * The moderation audit log: one row per action, a bulk action being one row that
 * lists every comment it touched with the status before and after.
 */
export const moderationEvents = pgTable(
  "moderation_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: varchar("action", { length: 30 }).notNull(),
    commentIds: integer("comment_ids").array().notNull(),
    /** [{ id, from, to }] for status changes; other actions add their own fields. */
    changes: jsonb("changes").notNull(),
    /** Set when this action was undone, by the event that undid it. */
    undoneBy: integer("undone_by"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("moderation_events_created_idx").on(t.createdAt, t.id),
    index("moderation_events_actor_idx").on(t.actorId, t.createdAt, t.id),
    index("moderation_events_comments_idx").using("gin", t.commentIds),
  ],
);

export const commentReportReasons = ["spam", "abuse", "off-topic", "other"] as const;
export type CommentReportReason = (typeof commentReportReasons)[number];

/** One row per reader per comment: a reader reports a comment once. */
export const commentReports = pgTable(
  "comment_reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    // "user:<id>" for a signed-in reader, "ip:<address>" for a guest.
    reporterKey: varchar("reporter_key", { length: 120 }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    ip: varchar("ip", { length: 45 }),
    reason: varchar("reason", { length: 20 }).notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("comment_reports_once_idx").on(t.commentId, t.reporterKey),
    index("comment_reports_ip_created_idx").on(t.createdAt).where(sql`${t.ip} IS NOT NULL`),
  ],
);

/** Sign-in through GitHub or Google: which outside account is which of ours. */
export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    provider: varchar("provider", { length: 50 }).notNull(),
    providerAccountId: varchar("provider_account_id", { length: 200 }).notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("oauth_accounts_user_idx").on(t.userId)],
);

export const authTokenPurposes = ["password_reset", "sign_up", "email_change"] as const;
export type AuthTokenPurpose = (typeof authTokenPurposes)[number];
export const authTokenPurpose = pgEnum("auth_token_purpose", authTokenPurposes);

/** Single-use links sent by email. Only a hash of the token is stored. */
export const authTokens = pgTable(
  "auth_tokens",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    purpose: authTokenPurpose("purpose").notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    email: varchar("email", { length: 100 }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    payload: jsonb("payload"),
    expiresAt: timestamptz("expires_at").notNull(),
    usedAt: timestamptz("used_at"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId, t.purpose), index("auth_tokens_expires_idx").on(t.expiresAt)],
);

/**
 * Fixed-window counters shared by every app server (sign-in attempts, comment
 * floods). One row per key; the window restarts when a request arrives after it.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: varchar("key", { length: 300 }).primaryKey(),
    windowStart: timestamptz("window_start").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [index("rate_limits_window_idx").on(t.windowStart)],
);

/**
 * Cache tags expired by any app server, for the others to expire too: each server
 * LISTENs for the id (NOTIFY broadsheet_cache) and reads what it missed from here
 * after a reconnect. Rows older than an hour are swept by whoever writes.
 */
export const cacheInvalidations = pgTable(
  "cache_invalidations",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tags: text("tags").array().notNull(),
    /** Next's revalidateTag durations ({ expire } in seconds), or null for "expired now". */
    durations: jsonb("durations"),
    /** The server that expired them (it has already done so itself). */
    origin: varchar("origin", { length: 64 }).notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("cache_invalidations_created_idx").on(t.createdAt)],
);

/** Uploaded images, named by their content hash so every server serves the same bytes for ever. */
export const uploads = pgTable("uploads", {
  name: varchar("name", { length: 80 }).primaryKey(),
  contentType: varchar("content_type", { length: 40 }).notNull(),
  bytes: bytea("bytes").notNull(),
  size: integer("size").notNull(),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

/**
 * Background work every app server may pick up: a row per job, claimed with
 * FOR UPDATE SKIP LOCKED so exactly one server runs it each time it is due.
 */
export const scheduledJobs = pgTable("scheduled_jobs", {
  name: varchar("name", { length: 60 }).primaryKey(),
  nextRunAt: timestamptz("next_run_at").notNull(),
  lastRunAt: timestamptz("last_run_at"),
  lastResult: text("last_result"),
});

export const mailStatuses = ["pending", "sent", "failed", "cancelled"] as const;
export type MailStatus = (typeof mailStatuses)[number];
export const mailStatus = pgEnum("mail_status", mailStatuses);

/**
 * Every email, written in the same transaction as what causes it and sent by
 * whichever app server claims it (FOR UPDATE SKIP LOCKED): retried with backoff
 * when SMTP fails, failed after a bounded number of tries, kept a while after.
 */
export const mailQueue = pgTable(
  "mail_queue",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: varchar("kind", { length: 40 }).notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** Extra headers (List-Unsubscribe and the like), name → value. */
    headers: jsonb("headers").$type<Record<string, string>>(),
    /**
     * A notification about a comment is sent only while the comment still has
     * this status (a held comment approved or trashed meanwhile: cancelled).
     */
    commentId: integer("comment_id"),
    whileStatus: commentStatus("while_status"),
    status: mailStatus("status").notNull().default("pending"),
    attempts: smallint("attempts").notNull().default(0),
    nextAttemptAt: timestamptz("next_attempt_at").notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    sentAt: timestamptz("sent_at"),
  },
  (t) => [
    // The worker's claim: due, still pending, oldest first.
    index("mail_queue_due_idx").on(t.nextAttemptAt, t.id).where(sql`${t.status} = 'pending'`),
    // The admin list and the sweep of old rows.
    index("mail_queue_status_created_idx").on(t.status, t.createdAt, t.id),
  ],
);

/**
 * "Email me when someone replies" on one comment. A guest's is unconfirmed until
 * they follow the link mailed to them (double opt-in); nothing else is sent before.
 */
export const commentSubscriptions = pgTable(
  "comment_subscriptions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    email: varchar("email", { length: 100 }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    confirmedAt: timestamptz("confirmed_at"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("comment_subscriptions_comment_idx").on(t.commentId).where(sql`${t.confirmedAt} is not null`)],
);

/**
 * comment-held, comment-on-my-post: on unless switched off. replies-to-me: off
 * unless switched on (then every comment the reader posts is subscribed to).
 */
export const notificationKinds = ["comment-held", "comment-on-my-post", "replies-to-me"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Each one as it happens, gathered into a digest every few minutes, or none. */
export const notificationModes = ["each", "digest", "none"] as const;
export type NotificationMode = (typeof notificationModes)[number];

/** A person's choice per kind of notification; no row means the kind's default. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 40 }).$type<NotificationKind>().notNull(),
    mode: varchar("mode", { length: 10 }).$type<NotificationMode>().notNull(),
    /** For "digest": how often the gathered notices go out. */
    digestMinutes: smallint("digest_minutes"),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * Something people may need to hear of (a comment held; comments published),
 * written in the transaction that caused it: one small row, whatever the number
 * of recipients. A worker claims it (SKIP LOCKED), works out who gets what under
 * their current choices, queues that, and deletes the row.
 */
export const notificationEvents = pgTable("notification_events", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  /** comment-arrived: published as it was posted (its writer needs no "your comment is out"). */
  kind: varchar("kind", { length: 30 }).$type<"comment-held" | "comments-published" | "comment-arrived">().notNull(),
  commentIds: integer("comment_ids").array().notNull(),
  /** Whoever caused it, who hears nothing of their own action. */
  actorId: uuid("actor_id"),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

/**
 * Notices waiting to go out together: a moderator's digest of held comments, or
 * a burst of replies to one person. Everything under one `recipientKey` goes in
 * one email once the oldest item's `sendAfter` has passed; items whose comment
 * has changed meanwhile are left out.
 */
export const notificationDigestItems = pgTable(
  "notification_digest_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    recipientKey: varchar("recipient_key", { length: 160 }).notNull(),
    kind: varchar("kind", { length: 30 }).$type<"comment-held" | "reply">().notNull(),
    email: varchar("email", { length: 254 }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    /** For replies: the subscription that asked for it (its stop link goes in the email). */
    subscriptionId: integer("subscription_id").references(() => commentSubscriptions.id, { onDelete: "cascade" }),
    sendAfter: timestamptz("send_after").notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [index("notification_digest_items_due_idx").on(t.sendAfter), index("notification_digest_items_recipient_idx").on(t.recipientKey, t.id)],
);

/**
 * The learning spam filter's model, shared by every app server: how many spam
 * and good comments held each token (lib/spam/classifier.ts).
 */
export const spamTokens = pgTable("spam_tokens", {
  token: varchar("token", { length: 200 }).primaryKey(),
  spam: integer("spam").notNull().default(0),
  ham: integer("ham").notNull().default(0),
});

/** The one row of totals: comments learned as spam and as good, and from which starter set. */
export const spamModel = pgTable("spam_model", {
  id: smallint("id").primaryKey().default(1),
  spamMessages: integer("spam_messages").notNull().default(0),
  hamMessages: integer("ham_messages").notNull().default(0),
  starterVersion: smallint("starter_version").notNull(),
  trainedAt: timestamptz("trained_at").notNull().defaultNow(),
});

/**
 * What the model has learned from each moderated comment, with the exact tokens,
 * so a reversed decision comes off again exactly (and retraining can replay it).
 */
export const spamTraining = pgTable("spam_training", {
  commentId: integer("comment_id")
    .primaryKey()
    .references(() => comments.id, { onDelete: "cascade" }),
  label: varchar("label", { length: 4 }).$type<"spam" | "ham">().notNull(),
  tokens: text("tokens").array().notNull(),
  trainedAt: timestamptz("trained_at").notNull().defaultNow(),
});

export const settings = pgTable("settings", {
  key: varchar("key", { length: 100 }).primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamptz("updated_at").notNull().defaultNow(),
});

export const usersRelations = relations(users, ({ many }) => ({
  posts: many(posts),
  comments: many(comments),
}));

export const categoriesRelations = relations(categories, ({ many }) => ({
  posts: many(posts),
}));

export const tagsRelations = relations(tags, ({ many }) => ({
  postTags: many(postTags),
}));

/**
 * What a WordPress import created, by the export's own ids: running the same
 * import again finds everything here and creates nothing twice. `source` is the
 * exported site's address.
 */
export const wordpressImportMap = pgTable(
  "wordpress_import_map",
  {
    source: varchar("source", { length: 300 }).notNull(),
    /** user, category, tag, post, comment */
    kind: varchar("kind", { length: 20 }).notNull(),
    sourceId: varchar("source_id", { length: 300 }).notNull(),
    targetId: text("target_id").notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.sourceId] })],
);

/** Old addresses (a WordPress site's permalinks) answered with a permanent redirect. */
export const legacyRedirects = pgTable("legacy_redirects", {
  /** Normalized: no trailing slash, no fragment; query forms as "/?p=19". */
  path: varchar("path", { length: 500 }).primaryKey(),
  target: varchar("target", { length: 500 }).notNull(),
  createdAt: timestamptz("created_at").notNull().defaultNow(),
});

export const importStatuses = ["checking", "importing", "done", "failed"] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** One import, with its progress, so the command line and Admin → Tools → Import show the same. */
export const importRuns = pgTable(
  "import_runs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    fileName: varchar("file_name", { length: 300 }).notNull(),
    status: varchar("status", { length: 20 }).$type<ImportStatus>().notNull().default("checking"),
    totalBytes: bigint("total_bytes", { mode: "number" }).notNull().default(0),
    readBytes: bigint("read_bytes", { mode: "number" }).notNull().default(0),
    totalPosts: integer("total_posts").notNull().default(0),
    totalComments: integer("total_comments").notNull().default(0),
    donePosts: integer("done_posts").notNull().default(0),
    doneComments: integer("done_comments").notNull().default(0),
    report: jsonb("report"),
    error: text("error"),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamptz("started_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
    finishedAt: timestamptz("finished_at"),
  },
  (t) => [index("import_runs_started_idx").on(t.startedAt, t.id)],
);

export const personalDataKinds = ["export", "erase"] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

/**
 * A request, made by an admin for someone, to hand over or erase everything kept
 * under an email address. Nothing happens until that address confirms by the
 * emailed link (only its hash is stored).
 */
export const personalDataRequests = pgTable(
  "personal_data_requests",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    email: varchar("email", { length: 100 }).notNull(),
    kind: varchar("kind", { length: 10 }).$type<PersonalDataKind>().notNull(),
    tokenHash: varchar("token_hash", { length: 64 }).notNull().unique(),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    expiresAt: timestamptz("expires_at").notNull(),
    confirmedAt: timestamptz("confirmed_at"),
    completedAt: timestamptz("completed_at"),
    /** What the erasure changed, by kind of record. */
    result: jsonb("result"),
  },
  (t) => [index("personal_data_requests_created_idx").on(t.createdAt, t.id)],
);

export const postsRelations = relations(posts, ({ one, many }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id] }),
  category: one(categories, {
    fields: [posts.categoryId],
    references: [categories.id],
  }),
  postTags: many(postTags),
  comments: many(comments),
}));

export const postTagsRelations = relations(postTags, ({ one }) => ({
  post: one(posts, { fields: [postTags.postId], references: [posts.id] }),
  tag: one(tags, { fields: [postTags.tagId], references: [tags.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  post: one(posts, { fields: [comments.postId], references: [posts.id] }),
  parent: one(comments, {
    fields: [comments.parentId],
    references: [comments.id],
  }),
  user: one(users, { fields: [comments.userId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type NewPost = typeof posts.$inferInsert;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
