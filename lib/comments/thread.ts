export interface ThreadInput {
  id: number;
  parentId: number | null;
}

export type ThreadNode<T extends ThreadInput> = T & { replies: ThreadNode<T>[] };

/**
 * Turns a flat list (ordered as it should be shown) into reply trees. A comment
 * whose parent is missing from the list is dropped with its replies: it answers
 * something that is not visible, so showing it at the top would mislead.
 */
export function buildThreads<T extends ThreadInput>(comments: readonly T[]): ThreadNode<T>[] {
  const nodes = new Map<number, ThreadNode<T>>();
  for (const comment of comments) {
    nodes.set(comment.id, { ...comment, replies: [] });
  }
  const roots: ThreadNode<T>[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    if (comment.parentId === null) {
      roots.push(node);
    } else {
      nodes.get(comment.parentId)?.replies.push(node);
    }
  }
  return roots;
}
