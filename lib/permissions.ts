import type { PostStatus, UserRole } from "@/db/schema";

/** Everything a signed-in person may try in the admin panel or on the site. */
export const actions = [
  "admin:access",
  "comment:moderate",
  /** Moderate comments on posts that are not public (drafts, unpublished, scheduled); reply where comments are closed; undo others' actions. */
  "comment:moderate-beyond-public",
  "post:create",
  "post:edit",
  "post:publish",
  "post:delete",
  "post:preview",
  "taxonomy:manage",
  "user:manage",
  "settings:manage",
  "audit:view",
  /** Import, export and personal-data requests: the whole site's content and people in and out. */
  "site:tools",
] as const;
export type Action = (typeof actions)[number];

export interface Actor {
  id: string;
  role: UserRole;
}

export interface PostResource {
  authorId: string;
  status: PostStatus;
}

const STAFF: readonly UserRole[] = ["author", "editor", "moderator", "admin"];
const MODERATORS: readonly UserRole[] = ["editor", "moderator", "admin"];
const PUBLISHERS: readonly UserRole[] = ["editor", "admin"];
const WRITERS: readonly UserRole[] = ["author", "editor", "admin"];
// What an author may still change on their own post: once it is scheduled or
// live, changes go through an editor.
const AUTHOR_EDITABLE: readonly PostStatus[] = ["draft", "pending", "unpublished"];

/**
 * The whole permission matrix, pure so it can be tested cell by cell. Callers pass
 * the user as the database has it now (see lib/dal.ts), never a role from a token.
 */
export function can(user: Actor | null, action: Action, post?: PostResource): boolean {
  if (!user) return false;
  const { role } = user;
  const own = post !== undefined && post.authorId === user.id;
  switch (action) {
    case "admin:access":
      return STAFF.includes(role);
    case "comment:moderate":
      return MODERATORS.includes(role);
    case "comment:moderate-beyond-public":
      return PUBLISHERS.includes(role);
    case "post:create":
      return WRITERS.includes(role);
    case "post:publish":
    case "taxonomy:manage":
      return PUBLISHERS.includes(role);
    case "post:edit":
    case "post:delete":
      if (PUBLISHERS.includes(role)) return true;
      return role === "author" && own && AUTHOR_EDITABLE.includes(post.status);
    case "post:preview":
      return PUBLISHERS.includes(role) || (role === "author" && own);
    case "user:manage":
    case "settings:manage":
    case "audit:view":
    case "site:tools":
      return role === "admin";
  }
}

// Who may act on whom: a moderator on readers' and authors' comments, an editor on
// moderators' too, an admin on anyone's.
const RANK: Record<UserRole, number> = { reader: 0, author: 0, moderator: 1, editor: 2, admin: 3 };

/**
 * May this moderator edit, block or clear out the commenter behind a comment?
 * `authorRole` is the role of the account that wrote it, or null for a guest.
 */
export function canModerateCommenter(user: Actor | null, authorRole: UserRole | null): boolean {
  if (!user || !can(user, "comment:moderate")) return false;
  if (user.role === "admin" || authorRole === null) return true;
  return RANK[authorRole] < RANK[user.role];
}

/** The roles whose comments this moderator may edit, block or clear out. */
export function moderatableRoles(user: Actor): UserRole[] {
  return (Object.keys(RANK) as UserRole[]).filter((role) => canModerateCommenter(user, role));
}
