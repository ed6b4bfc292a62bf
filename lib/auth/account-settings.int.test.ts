import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { readOutbox } from "@/lib/mail/outbox";
import { tokenFrom } from "@/lib/testing/form-data";
import { settleAfterResponse } from "@/lib/testing/session";
import { changePassword, confirmEmailChange, requestEmailChange } from "./account-settings";
import { hashPassword } from "./passwords";
import { verifyCredentials } from "./verify-credentials";

let outbox: string;
let userId: string;

beforeEach(async () => {
  await truncateAll(getDb());
  outbox = mkdtempSync(path.join(tmpdir(), "outbox-"));
  process.env.MAIL_OUTBOX_DIR = outbox;
  const passwordHash = await hashPassword("current passphrase");
  const [user] = await getDb()
    .insert(users)
    .values([
      { email: "priya@example.com", name: "Priya", passwordHash },
      { email: "taken@example.com", name: "Taken", passwordHash },
    ])
    .returning({ id: users.id });
  userId = user!.id;
});

describe("changing the password", () => {
  it("needs the current password, checks strength, and signs out other sessions", async () => {
    expect(await changePassword({ userId, currentPassword: "wrong", newPassword: "a fine new passphrase" })).toEqual({
      status: "wrong_password",
    });
    expect(await changePassword({ userId, currentPassword: "current passphrase", newPassword: "short" })).toMatchObject({
      status: "weak_password",
    });
    expect(await changePassword({ userId, currentPassword: "current passphrase", newPassword: "a fine new passphrase" })).toEqual({
      status: "ok",
    });
    expect(await verifyCredentials({ email: "priya@example.com", password: "a fine new passphrase" })).not.toBeNull();
    const [row] = await getDb().select({ revoked: users.sessionsRevokedAt }).from(users).where(eq(users.id, userId));
    expect(row?.revoked).toBeInstanceOf(Date);
  });

  it("stops guessing after a few wrong passwords", async () => {
    for (let i = 0; i < 5; i++) await changePassword({ userId, currentPassword: `guess ${i}`, newPassword: "a fine new passphrase" });
    expect(
      await changePassword({ userId, currentPassword: "current passphrase", newPassword: "a fine new passphrase" }),
    ).toEqual({ status: "rate_limited" });
  });
});

describe("changing the email address", () => {
  it("changes it only when the link sent to the new address is followed, and tells the old one", async () => {
    expect(await requestEmailChange({ userId, newEmail: "priya.new@example.com", password: "current passphrase" })).toEqual({
      status: "sent",
    });
    // The mail is queued with the link, and sent once the response is out.
    await settleAfterResponse();
    const [mail] = readOutbox(outbox, "priya.new@example.com");
    const token = tokenFrom(mail!.text)!;
    let [row] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, userId));
    expect(row?.email).toBe("priya@example.com");

    expect(await confirmEmailChange({ token })).toEqual({ status: "changed", email: "priya.new@example.com" });
    [row] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, userId));
    expect(row?.email).toBe("priya.new@example.com");
    await settleAfterResponse();
    expect(readOutbox(outbox, "priya@example.com")[0]?.subject).toMatch(/was changed/);
    expect(await confirmEmailChange({ token })).toEqual({ status: "invalid_link" });
  });

  it("answers a taken address the same way, mailing it instead, and changes nothing", async () => {
    expect(await requestEmailChange({ userId, newEmail: "TAKEN@example.com", password: "current passphrase" })).toEqual({
      status: "sent",
    });
    await settleAfterResponse();
    expect(readOutbox(outbox, "taken@example.com")[0]?.subject).toMatch(/tried to use this address/);
    expect(tokenFrom(readOutbox(outbox)[0]!.text)).toBeUndefined();
  });

  it("refuses without the right password, or for the same address", async () => {
    expect(await requestEmailChange({ userId, newEmail: "x@example.com", password: "nope" })).toEqual({ status: "wrong_password" });
    expect(await requestEmailChange({ userId, newEmail: "Priya@example.com", password: "current passphrase" })).toEqual({
      status: "same_email",
    });
    await settleAfterResponse();
    expect(readOutbox(outbox)).toEqual([]);
  });

  it("refuses the change if the address was taken after the link was sent", async () => {
    await requestEmailChange({ userId, newEmail: "late@example.com", password: "current passphrase" });
    await settleAfterResponse();
    const token = tokenFrom(readOutbox(outbox, "late@example.com")[0]!.text)!;
    await getDb().insert(users).values({ email: "late@example.com", name: "Late" });
    expect(await confirmEmailChange({ token })).toEqual({ status: "in_use" });
    // The notice to the old address is queued with the change, so none goes out for one that failed.
    await settleAfterResponse();
    expect(readOutbox(outbox, "priya@example.com")).toEqual([]);
  });
});
