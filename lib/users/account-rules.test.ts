import { describe, expect, it } from "vitest";
import { accountChangeProblem } from "./account-rules";

const admin = { id: "a", role: "admin" as const, disabled: false };
const editor = { id: "e", role: "editor" as const, disabled: false };

describe("accountChangeProblem", () => {
  it("lets an admin change someone else's role or disable them", () => {
    expect(accountChangeProblem({ actorId: "a", target: editor, role: "moderator", activeAdmins: 1 })).toBeNull();
    expect(accountChangeProblem({ actorId: "a", target: editor, disabled: true, activeAdmins: 1 })).toBeNull();
    expect(accountChangeProblem({ actorId: "a", target: { ...editor, disabled: true }, disabled: false, activeAdmins: 1 })).toBeNull();
  });

  it("refuses changing your own role or disabling yourself", () => {
    expect(accountChangeProblem({ actorId: "a", target: admin, role: "editor", activeAdmins: 3 })).toMatch(/own role/);
    expect(accountChangeProblem({ actorId: "a", target: admin, disabled: true, activeAdmins: 3 })).toMatch(/own account/);
    // Saving the same role is not a change.
    expect(accountChangeProblem({ actorId: "a", target: admin, role: "admin", activeAdmins: 1 })).toBeNull();
  });

  it("keeps at least one active admin", () => {
    const other = { id: "b", role: "admin" as const, disabled: false };
    expect(accountChangeProblem({ actorId: "x", target: other, role: "editor", activeAdmins: 1 })).toMatch(/last active admin/);
    expect(accountChangeProblem({ actorId: "x", target: other, disabled: true, activeAdmins: 1 })).toMatch(/last active admin/);
    expect(accountChangeProblem({ actorId: "x", target: other, role: "editor", activeAdmins: 2 })).toBeNull();
    // A disabled admin is not one of the active ones, so demoting them is fine.
    expect(accountChangeProblem({ actorId: "x", target: { ...other, disabled: true }, role: "reader", activeAdmins: 1 })).toBeNull();
  });
});
