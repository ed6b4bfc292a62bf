import { diffWordsWithSpace } from "diff";

export interface Segment {
  text: string;
  changed: boolean;
}

export interface SideBySide {
  left: Segment[];
  right: Segment[];
  changed: boolean;
}

/**
 * Two versions of a text as two columns: the left keeps what was removed marked,
 * the right what was added. Word by word, whitespace included, so line breaks
 * in Markdown survive.
 */
export function sideBySide(before: string, after: string): SideBySide {
  const left: Segment[] = [];
  const right: Segment[] = [];
  let changed = false;
  for (const part of diffWordsWithSpace(before, after)) {
    if (part.added) {
      right.push({ text: part.value, changed: true });
      changed = true;
    } else if (part.removed) {
      left.push({ text: part.value, changed: true });
      changed = true;
    } else {
      left.push({ text: part.value, changed: false });
      right.push({ text: part.value, changed: false });
    }
  }
  return { left, right, changed };
}

export const revisionFields = [
  ["headline", "Headline"],
  ["kicker", "Kicker"],
  ["lead", "Lead"],
  ["body", "Body"],
  ["slug", "Address"],
  ["sourceName", "Source name"],
  ["sourceUrl", "Source address"],
] as const;
