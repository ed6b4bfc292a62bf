import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../rows";

// Reads for a WordPress export: everything, in pages on keysets, so a large site
// streams out without being held in memory. Dates come as WordPress writes them:
// "YYYY-MM-DD HH:MM:SS" in UTC.

const gmt = (column: ReturnType<typeof sql>) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS')`;

export interface ExportAuthor {
  id: string;
  email: string;
  name: string;
}

/** Everyone who wrote a post, and the staff. */
export async function exportAuthors(db: Database): Promise<ExportAuthor[]> {
  return rowsOf<ExportAuthor>(
    await db.execute(sql`
      select id::text as id, email, name from users
      where role in ('author', 'editor', 'moderator', 'admin') or id in (select distinct author_id from posts)
      order by created_at, id`),
  );
}

export interface ExportTerm {
  id: number;
  slug: string;
  name: string;
  description: string;
}

export async function exportCategories(db: Database): Promise<ExportTerm[]> {
  return rowsOf<ExportTerm>(await db.execute(sql`select id, slug, name, description from categories order by id`));
}

export async function exportTags(db: Database): Promise<ExportTerm[]> {
  return rowsOf<ExportTerm>(await db.execute(sql`select id, slug, name, '' as description from tags order by id`));
}

export interface ExportPost {
  id: number;
  slug: string;
  headline: string;
  lead: string;
  body: string;
  status: string;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  author_id: string;
  comments_open: boolean;
  cover_image: string | null;
  cover_alt: string;
  category: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
}

/** The next page of posts after `afterId`, each with its section and tags. */
export async function exportPostsAfter(db: Database, afterId: number, limit: number): Promise<ExportPost[]> {
  return rowsOf<ExportPost>(
    await db.execute(sql`
      select p.id, p.slug, p.headline, p.lead, p.body, p.status, ${gmt(sql`p.published_at`)} as published_at,
        ${gmt(sql`p.created_at`)} as created_at, ${gmt(sql`p.updated_at`)} as updated_at,
        p.author_id::text as author_id, p.comments_open, p.cover_image, p.cover_alt,
        (select json_build_object('slug', c.slug, 'name', c.name) from categories c where c.id = p.category_id) as category,
        coalesce((select json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.slug)
          from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = p.id), '[]'::json) as tags
      from posts p
      where p.id > ${afterId}
      order by p.id
      limit ${limit}`),
  ).map((row) => ({ ...row, id: Number(row.id) }));
}

export interface ExportComment {
  id: number;
  post_id: number;
  parent_id: number | null;
  user_id: string | null;
  author_name: string;
  author_email: string;
  author_url: string | null;
  body: string;
  status: string;
  ip: string | null;
  created_at: string;
}

/** Every comment on these posts, oldest first. */
export async function exportCommentsOf(db: Database, postIds: number[]): Promise<ExportComment[]> {
  if (postIds.length === 0) return [];
  return rowsOf<ExportComment>(
    await db.execute(sql`
      select id, post_id, parent_id, user_id::text as user_id, author_name, author_email, author_url, body, status, ip, ${gmt(sql`created_at`)} as created_at
      from comments
      where post_id in (select (jsonb_array_elements_text(${JSON.stringify(postIds)}::jsonb))::int)
      order by post_id, id`),
  ).map((row) => ({ ...row, id: Number(row.id), post_id: Number(row.post_id), parent_id: row.parent_id === null ? null : Number(row.parent_id) }));
}
