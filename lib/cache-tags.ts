// Every cache tag the app uses, in one place, so writers and readers agree.
// Tags name content only: never a viewer, an email or anything personal.
export const cacheTags = {
  /** Any list of published posts: home, archives, "Latest posts". */
  posts: "posts",
  post: (id: number) => `post:${id}`,
  /** Lookups by slug, including misses, so publishing a slug clears its cached 404. */
  postSlug: (slug: string) => `post-slug:${slug}`,
  postComments: (postId: number) => `post-comments:${postId}`,
  /** Approved-comment counts shown on post lists. */
  commentCounts: "comment-counts",
  categories: "categories",
  /** Authors' names and bios, shown on bylines and author pages. */
  authors: "authors",
  tags: "tags",
  settings: "settings",
} as const;
