import type { SubmitCommentInput } from "@/lib/comments/submit-comment";

/** A guest's comment as the comment action hands it to submitComment, written like a person would. */
export function guestComment(postId: number, overrides: Partial<SubmitCommentInput> = {}): SubmitCommentInput {
  return {
    postId,
    parentId: null,
    name: "Dev Patel",
    email: "dev@example.com",
    url: "",
    body: "The last bus leaves at 23:10.",
    honeypot: "",
    elapsedMs: 20_000,
    viewer: null,
    ip: "203.0.113.1",
    userAgent: "Mozilla/5.0 test",
    ...overrides,
  };
}
