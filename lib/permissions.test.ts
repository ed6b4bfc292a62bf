import { describe, expect, it } from "vitest";
import { postStatuses, type UserRole, userRoles } from "@/db/schema";
import { type Action, actions, can, canModerateCommenter } from "./permissions";

const user = (role: UserRole) => ({ id: `id-${role}`, role });

// Rows: actions that need no post. Columns: reader, author, editor, moderator, admin.
const plainMatrix: Record<Exclude<Action, "post:edit" | "post:delete" | "post:preview">, string> = {
  "admin:access": "-+++" + "+",
  "comment:moderate": "--++" + "+",
  "comment:moderate-beyond-public": "--+-" + "+",
  "post:create": "-++-" + "+",
  "post:publish": "--+-" + "+",
  "taxonomy:manage": "--+-" + "+",
  "user:manage": "----" + "+",
  "settings:manage": "----" + "+",
  "audit:view": "----" + "+",
  "site:tools": "----" + "+",
};

describe("can(): actions without a post", () => {
  for (const [action, row] of Object.entries(plainMatrix)) {
    userRoles.forEach((role, i) => {
      const expected = row[i] === "+";
      it(`${role} ${expected ? "may" : "may not"} ${action}`, () => {
        expect(can(user(role), action as Action, undefined)).toBe(expected);
      });
    });
  }

  it.each(actions)("nobody signed out may %s", (action) => {
    expect(can(null, action, { authorId: "x", status: "draft" })).toBe(false);
  });
});

describe("can(): actions on a post", () => {
  const authorEditable = new Set(["draft", "pending", "unpublished"]);
  for (const status of postStatuses) {
    for (const role of userRoles) {
      for (const own of [true, false]) {
        const post = { authorId: own ? `id-${role}` : "someone-else", status };
        const publisher = role === "editor" || role === "admin";
        const editable = publisher || (role === "author" && own && authorEditable.has(status));
        const previewable = publisher || (role === "author" && own);
        const whose = own ? "own" : "another's";
        it(`${role} on ${whose} ${status} post: edit=${editable} delete=${editable} preview=${previewable}`, () => {
          expect(can(user(role), "post:edit", post)).toBe(editable);
          expect(can(user(role), "post:delete", post)).toBe(editable);
          expect(can(user(role), "post:preview", post)).toBe(previewable);
        });
      }
    }
  }

  it("an author cannot edit without naming the post", () => {
    expect(can(user("author"), "post:edit")).toBe(false);
  });
});

describe("canModerateCommenter(): who may edit, block or clear out whose comments", () => {
  // Rows: the moderator's role. Columns: the comment author's role (reader, author, editor, moderator, admin), then a guest.
  const matrix: Record<UserRole, string> = {
    reader: "------",
    author: "------",
    moderator: "++---" + "+",
    editor: "++-+-" + "+",
    admin: "+++++" + "+",
  };
  for (const role of userRoles) {
    [...userRoles, null].forEach((target, i) => {
      const expected = matrix[role][i] === "+";
      it(`${role} ${expected ? "may" : "may not"} act on ${target ?? "a guest"}'s comments`, () => {
        expect(canModerateCommenter(user(role), target)).toBe(expected);
      });
    });
  }
});
