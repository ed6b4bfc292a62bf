import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { getNotificationChoiceRows, getNotificationModes } from "@/db/queries/notifications";
import { readNotificationChoices } from "@/lib/notifications/choices";
import { updateNotifications } from "./actions";

describe("email choices on the account page", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("are on by default, and an editor switches each kind on or off", async () => {
    const editor = await createUser({ role: "editor" });
    // Replies to all their comments: off until chosen.
    expect(await readNotificationChoices(editor.id, "editor")).toEqual({ "comment-held": "each", "comment-on-my-post": true, "replies-to-me": false });
    signInAs(editor.id);
    const state = await updateNotifications({}, form({ "comment-held": "none", "comment-on-my-post": "on", "replies-to-me": "on" }));
    expect(state).toMatchObject({ ok: true, data: { "comment-held": "none", "comment-on-my-post": true, "replies-to-me": true } });
    expect(await readNotificationChoices(editor.id, "editor")).toEqual({ "comment-held": "none", "comment-on-my-post": true, "replies-to-me": true });
  });

  it("let a moderator take held comments as a digest every hour, and refuse an interval not offered", async () => {
    const moderator = await createUser({ role: "moderator" });
    signInAs(moderator.id);
    expect(await updateNotifications({}, form({ "comment-held": "digest-60" }))).toMatchObject({ ok: true });
    expect(await readNotificationChoices(moderator.id, "moderator")).toEqual({ "comment-held": "digest-60", "replies-to-me": false });
    const [stored] = await getNotificationChoiceRows(getDb(), moderator.id).then((rows) => rows.filter((row) => row.kind === "comment-held"));
    expect(stored).toEqual({ kind: "comment-held", mode: "digest", digestMinutes: 60 });

    const refused = await updateNotifications({}, form({ "comment-held": "digest-1" }));
    expect(refused.ok).toBe(false);
    expect(refused.formError).toMatch(/held comments/);
    expect(await readNotificationChoices(moderator.id, "moderator")).toMatchObject({ "comment-held": "digest-60" });
  });

  it("offer a role only the kinds it can receive, and store nothing else", async () => {
    const author = await createUser({ role: "author" });
    const reader = await createUser({ role: "reader" });
    expect(await readNotificationChoices(author.id, "author")).toEqual({ "comment-on-my-post": true, "replies-to-me": false });
    expect(await readNotificationChoices(reader.id, "reader")).toEqual({ "replies-to-me": false });
    signInAs(reader.id);
    await updateNotifications({}, form({ "comment-held": "each", "comment-on-my-post": "on", "replies-to-me": "on" }));
    expect(await getNotificationModes(getDb(), reader.id)).toEqual({ "replies-to-me": "each" });
  });

  it("refuse a signed-out visitor and change nothing", async () => {
    signInAs(null);
    const state = await updateNotifications({}, form({}));
    expect(state.ok).toBe(false);
    expect(state.formError).toMatch(/session has ended/);
  });
});
