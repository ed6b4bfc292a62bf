/**
 * Whether an article shows "Updated": saved more than a minute after it first went
 * out. (Publishing itself saves the post, a moment after the publish date is set.)
 */
export function wasUpdated(publishedAt: string, updatedAt: string): boolean {
  return new Date(updatedAt).getTime() - new Date(publishedAt).getTime() > 60_000;
}
