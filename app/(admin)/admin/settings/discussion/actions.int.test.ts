import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { revalidated, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { readDiscussionSettings } from "@/lib/settings/store";
import { settings, spamModel } from "@/db/schema";
import { createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { parseDiscussionSettings } from "@/lib/settings/discussion";
import { rebuildSpamFilter, saveDiscussionSettings } from "./actions";

const valid = {
  requireNameEmail: "on",
  requirePreviouslyApproved: "on",
  manualApproval: "on",
  holdLinkCount: "3",
  moderationKeys: "casino\nlottery",
  disallowedKeys: "",
  closeAfterDays: "30",
  threadDepth: "4",
  commentsPerPage: "20",
  commentOrder: "newest",
  floodSeconds: "30",
  hourlyLimitPerIp: "10",
  minSecondsToSubmit: "2",
  notifyModeratorsOfHeld: "on",
  notifyReplies: "on",
  replyBatchMinutes: "2",
  spamFilter: "on",
  spamThreshold: "90",
  spamHoldThreshold: "50",
  ipRetentionDays: "90",
};

describe("saveDiscussionSettings, called directly", () => {
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    for (const role of ["reader", "author", "editor", "moderator", "admin"] as const) ids[role] = (await createUser({ role })).id;
    signInAs(null);
  });

  it("saves an admin's settings and clears every page that reads them", async () => {
    signInAs(ids.admin!);
    expect(await saveDiscussionSettings({}, form(valid))).toMatchObject({ ok: true });
    expect(await readDiscussionSettings(getDb())).toEqual({
      ...parseDiscussionSettings({}),
      manualApproval: true,
      holdLinkCount: 3,
      moderationKeys: ["casino", "lottery"],
      closeAfterDays: 30,
      threadDepth: 4,
      commentsPerPage: 20,
      commentOrder: "newest",
      floodSeconds: 30,
      hourlyLimitPerIp: 10,
      minSecondsToSubmit: 2,
      // An unticked box is off.
      notifyAuthorsOfComments: false,
    });
    expect(revalidated).toEqual(["tag:settings"]);
  });

  it.each(["anonymous", "reader", "author", "editor", "moderator"])("refuses %s and changes nothing", async (who) => {
    signInAs(who === "anonymous" ? null : ids[who]!);
    const state = await saveDiscussionSettings({}, form(valid));
    expect(state.formError).toBe("You don’t have permission to change the discussion settings.");
    expect(await getDb().select().from(settings)).toEqual([]);
    expect(revalidated).toEqual([]);
  });

  it("explains bad values beside their fields, keeps what was typed and leaves the saved settings alone", async () => {
    signInAs(ids.admin!);
    await saveDiscussionSettings({}, form(valid));
    const state = await saveDiscussionSettings({}, form({ ...valid, threadDepth: "1", moderationKeys: "poker", commentsPerPage: "lots" }));
    expect(state.fieldErrors).toEqual({ threadDepth: "Thread depth must be at least 2.", commentsPerPage: "Comments per page must be a whole number." });
    expect(state.values).toMatchObject({ moderationKeys: "poker", commentsPerPage: "lots" });
    const saved = await readDiscussionSettings(getDb());
    expect(saved.moderationKeys).toEqual(["casino", "lottery"]);
    expect(saved.threadDepth).toBe(4);
  });

  it("stores the spam scores typed as percentages, and refuses a hold score at or above the spam score beside its field", async () => {
    signInAs(ids.admin!);
    expect(await saveDiscussionSettings({}, form({ ...valid, spamThreshold: "95", spamHoldThreshold: "60" }))).toMatchObject({ ok: true });
    expect(await readDiscussionSettings(getDb())).toMatchObject({ spamFilter: true, spamThreshold: 0.95, spamHoldThreshold: 0.6 });
    const state = await saveDiscussionSettings({}, form({ ...valid, spamThreshold: "70", spamHoldThreshold: "80" }));
    expect(state.fieldErrors).toEqual({ spamHoldThreshold: "The hold score must be below the spam score." });
    expect(state.values).toMatchObject({ spamThreshold: "70", spamHoldThreshold: "80" });
    expect(await readDiscussionSettings(getDb())).toMatchObject({ spamThreshold: 0.95, spamHoldThreshold: 0.6 });
  });

  it("lets admins alone reset or retrain the spam filter", async () => {
    for (const who of ["anonymous", "moderator", "editor"]) {
      signInAs(who === "anonymous" ? null : ids[who]!);
      const refused = await rebuildSpamFilter({}, form({ mode: "reset" }));
      expect(refused.formError).toBe("You don’t have permission to change the spam filter.");
    }
    expect(await getDb().select().from(spamModel)).toEqual([]);
    signInAs(ids.admin!);
    const done = await rebuildSpamFilter({}, form({ mode: "retrain" }));
    expect(done.ok).toBe(true);
    expect(done.message).toMatch(/^Retrained: \d+ spam and \d+ good comments/);
    expect(await getDb().select().from(spamModel)).toHaveLength(1);
    expect((await rebuildSpamFilter({}, form({ mode: "everything" }))).ok).toBeFalsy();
  });
});
