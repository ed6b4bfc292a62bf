import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { revalidated, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { updateBio, updateName } from "./actions";

const bioOf = async (id: string) => (await getDb().select({ bio: users.bio }).from(users).where(eq(users.id, id)))[0]!.bio;

describe("the author bio on the account page", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
  });

  it("an author saves a bio and every byline and author page is refreshed", async () => {
    const author = await createUser({ role: "author" });
    signInAs(author.id);
    const state = await updateBio({}, form({ bio: "  Covers the harbour.\r\n\r\nLikes boats.  " }));
    expect(state).toMatchObject({ ok: true });
    expect(await bioOf(author.id)).toBe("Covers the harbour.\n\nLikes boats.");
    expect(revalidated).toEqual(["tag:authors"]);
  });

  it("a former author who has written posts keeps their bio; a reader has none to set", async () => {
    const former = await createUser({ role: "reader" });
    await createPost({ authorId: former.id });
    signInAs(former.id);
    expect(await updateBio({}, form({ bio: "Wrote for us once." }))).toMatchObject({ ok: true });
    const reader = await createUser({ role: "reader" });
    signInAs(reader.id);
    expect((await updateBio({}, form({ bio: "Let me in" }))).formError).toMatch(/Only authors have a bio/);
    expect(await bioOf(reader.id)).toBe("");
    signInAs(null);
    expect((await updateBio({}, form({ bio: "Anyone?" }))).formError).toMatch(/session has ended/);
  });

  it("too long, or text with invisible tricks, is refused beside the field with the text kept", async () => {
    const author = await createUser({ role: "editor" });
    signInAs(author.id);
    const long = "x".repeat(1001);
    const state = await updateBio({}, form({ bio: long }));
    expect(state.fieldErrors?.bio).toBe("Keep your bio to 1,000 characters.");
    expect(state.values?.bio).toBe(long);
    expect((await updateBio({}, form({ bio: `Zalgo${"\u0301".repeat(9)}` }))).fieldErrors?.bio).toMatch(/accents/);
    expect(await bioOf(author.id)).toBe("");
    expect(revalidated).toEqual([]);
  });

  it("a rename refreshes bylines only when the account has written posts", async () => {
    const reader = await createUser({ role: "reader" });
    signInAs(reader.id);
    expect(await updateName({}, form({ name: "New Name" }))).toMatchObject({ ok: true });
    expect(revalidated).toEqual([]);
    const author = await createUser({ role: "author" });
    await createPost({ authorId: author.id });
    signInAs(author.id);
    expect(await updateName({}, form({ name: "Byline Name" }))).toMatchObject({ ok: true });
    expect(revalidated).toEqual(["tag:authors"]);
  });
});
