import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { readOutbox } from "@/lib/mail/outbox";
import { tokenFrom } from "@/lib/testing/form-data";
import { hashPassword } from "./passwords";
import { isResetLinkUsable, requestPasswordReset, resetPassword } from "./password-reset";
import { confirmSignUp, requestSignUp, SIGN_UPS_PER_IP_PER_HOUR } from "./sign-up";
import { verifyCredentials } from "./verify-credentials";

let outbox: string;

beforeEach(async () => {
  await truncateAll(getDb());
  outbox = mkdtempSync(path.join(tmpdir(), "outbox-"));
  process.env.MAIL_OUTBOX_DIR = outbox;
});

describe("password reset", () => {
  beforeEach(async () => {
    await getDb()
      .insert(users)
      .values([
        { email: "priya@example.com", name: "Priya", passwordHash: await hashPassword("old password here") },
        { email: "gone@example.com", name: "Gone", passwordHash: "x", disabledAt: new Date() },
      ]);
  });

  it("mails a single-use link that sets a new password and signs out every session", async () => {
    await requestPasswordReset({ email: "PRIYA@example.com", ip: "192.0.2.1" });
    const [mail] = readOutbox(outbox, "priya@example.com");
    expect(mail?.subject).toMatch(/Reset your .* password/);
    const token = tokenFrom(mail!.text)!;
    expect(mail!.text).toContain(`/reset-password?token=${token}`);
    expect(await isResetLinkUsable(token)).toBe(true);

    expect(await resetPassword({ token, password: "priya1234567" })).toMatchObject({ status: "weak_password" });
    expect(await resetPassword({ token, password: "a brand new passphrase" })).toEqual({ status: "ok" });
    expect(await verifyCredentials({ email: "priya@example.com", password: "a brand new passphrase" })).not.toBeNull();
    expect(await verifyCredentials({ email: "priya@example.com", password: "old password here" })).toBeNull();
    const [row] = await getDb().select({ revoked: users.sessionsRevokedAt }).from(users).where(eq(users.email, "priya@example.com"));
    expect(row?.revoked).toBeInstanceOf(Date);

    expect(await resetPassword({ token, password: "another new passphrase" })).toEqual({ status: "invalid_link" });
    expect(await isResetLinkUsable(token)).toBe(false);
  });

  it("voids older links once one is used, and refuses expired or made-up ones", async () => {
    await requestPasswordReset({ email: "priya@example.com", ip: "192.0.2.1" });
    await requestPasswordReset({ email: "priya@example.com", ip: "192.0.2.1" });
    const [first, second] = readOutbox(outbox).map((mail) => tokenFrom(mail.text)!);
    expect(await resetPassword({ token: second, password: "a brand new passphrase" })).toEqual({ status: "ok" });
    expect(await resetPassword({ token: first, password: "yet another passphrase" })).toEqual({ status: "invalid_link" });

    await requestPasswordReset({ email: "priya@example.com", ip: "192.0.2.1" });
    const third = tokenFrom(readOutbox(outbox).at(-1)!.text)!;
    await getDb().execute(sql`update auth_tokens set expires_at = now() - interval '1 second'`);
    expect(await resetPassword({ token: third, password: "a brand new passphrase" })).toEqual({ status: "invalid_link" });
    expect(await resetPassword({ token: "x".repeat(43), password: "a brand new passphrase" })).toEqual({ status: "invalid_link" });
    expect(await resetPassword({ token: "../../etc", password: "a brand new passphrase" })).toEqual({ status: "invalid_link" });
  });

  it("sends nothing for unknown or disabled accounts, and at most three links an hour", async () => {
    await requestPasswordReset({ email: "nobody@example.com", ip: "192.0.2.1" });
    await requestPasswordReset({ email: "gone@example.com", ip: "192.0.2.1" });
    expect(readOutbox(outbox)).toEqual([]);
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: "priya@example.com", ip: `192.0.2.${i}` });
    expect(readOutbox(outbox, "priya@example.com")).toHaveLength(3);
  });
});

describe("sign up", () => {
  const form = { name: "Dev Patel", email: "dev@example.com", password: "night bus n1 please", ip: "192.0.2.9" };

  it("creates a reader account only when the emailed link is confirmed, once", async () => {
    expect(await requestSignUp(form)).toBe("sent");
    expect((await getDb().select({ n: count() }).from(users))[0]?.n).toBe(0);
    const [mail] = readOutbox(outbox, "dev@example.com");
    const token = tokenFrom(mail!.text)!;
    expect(mail!.text).toContain(`/sign-up/confirm?token=${token}`);

    expect(await confirmSignUp({ token })).toEqual({ status: "created", email: "dev@example.com" });
    const [user] = await getDb().select().from(users);
    expect(user).toMatchObject({ name: "Dev Patel", email: "dev@example.com", role: "reader" });
    expect(user?.emailVerified).toBeInstanceOf(Date);
    expect(await verifyCredentials({ email: "dev@example.com", password: form.password })).not.toBeNull();
    expect(await confirmSignUp({ token })).toEqual({ status: "invalid_link" });
  });

  it("answers a registered address the same way, by mail, without a second account", async () => {
    await getDb().insert(users).values({ email: "dev@example.com", name: "Existing", passwordHash: "x" });
    expect(await requestSignUp(form)).toBe("sent");
    const [mail] = readOutbox(outbox, "dev@example.com");
    expect(mail?.subject).toMatch(/already have/);
    expect(tokenFrom(mail!.text)).toBeUndefined();
    expect((await getDb().select({ n: count() }).from(users))[0]?.n).toBe(1);
  });

  it("makes exactly one account when two links for one address are confirmed at once", async () => {
    await requestSignUp(form);
    await requestSignUp({ ...form, name: "Dev Again" });
    const tokens = readOutbox(outbox, "dev@example.com").map((mail) => tokenFrom(mail.text)!);
    const results = await Promise.all(tokens.map((token) => confirmSignUp({ token })));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect((await getDb().select({ n: count() }).from(users))[0]?.n).toBe(1);
  });

  it("limits sign-ups per address per hour", async () => {
    for (let i = 0; i < SIGN_UPS_PER_IP_PER_HOUR; i++) {
      expect(await requestSignUp({ ...form, email: `reader${i}@example.com` })).toBe("sent");
    }
    expect(await requestSignUp({ ...form, email: "one-more@example.com" })).toBe("rate_limited");
  });
});
