import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { readOutbox } from "@/lib/mail/outbox";
import { tokenFrom } from "@/lib/testing/form-data";
import { settleAfterResponse } from "@/lib/testing/session";
import { hashPassword } from "./passwords";
import { SIGN_IN_LIMITS, signInWithLimits } from "./sign-in-guard";
import { isResetLinkUsable, requestPasswordReset, resetPassword, RESETS_PER_IP_PER_HOUR } from "./password-reset";
import { CONFIRMS_PER_IP_PER_HOUR, confirmSignUp, requestSignUp, SIGN_UPS_PER_IP_PER_HOUR } from "./sign-up";
import { verifyCredentials } from "./verify-credentials";

let outbox: string;
const ip = "192.0.2.1";
/** Asks, then waits for the mail that goes out after the response. */
const askForReset = async (email: string, from = ip) => {
  await requestPasswordReset({ email, ip: from });
  await settleAfterResponse();
};
const askToSignUp = async (input: { name: string; email: string; ip: string }) => {
  const outcome = await requestSignUp(input);
  await settleAfterResponse();
  return outcome;
};

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
    await askForReset("PRIYA@example.com");
    const [mail] = readOutbox(outbox, "priya@example.com");
    expect(mail?.subject).toMatch(/Reset your .* password/);
    const token = tokenFrom(mail!.text)!;
    expect(mail!.text).toContain(`/reset-password?token=${token}`);
    expect(await isResetLinkUsable(token)).toBe(true);

    expect(await resetPassword({ token, password: "priya1234567", ip })).toMatchObject({ status: "weak_password" });
    expect(await resetPassword({ token, password: "a brand new passphrase", ip })).toEqual({ status: "ok" });
    expect(await verifyCredentials({ email: "priya@example.com", password: "a brand new passphrase" })).not.toBeNull();
    expect(await verifyCredentials({ email: "priya@example.com", password: "old password here" })).toBeNull();
    const [row] = await getDb().select({ revoked: users.sessionsRevokedAt }).from(users).where(eq(users.email, "priya@example.com"));
    expect(row?.revoked).toBeInstanceOf(Date);

    expect(await resetPassword({ token, password: "another new passphrase", ip })).toEqual({ status: "invalid_link" });
    expect(await isResetLinkUsable(token)).toBe(false);
  });

  it("voids older links once one is used, and refuses expired or made-up ones", async () => {
    await askForReset("priya@example.com");
    await askForReset("priya@example.com");
    const [first, second] = readOutbox(outbox).map((mail) => tokenFrom(mail.text)!);
    expect(await resetPassword({ token: second, password: "a brand new passphrase", ip })).toEqual({ status: "ok" });
    expect(await resetPassword({ token: first, password: "yet another passphrase", ip })).toEqual({ status: "invalid_link" });

    await askForReset("priya@example.com");
    const third = tokenFrom(readOutbox(outbox).at(-1)!.text)!;
    await getDb().execute(sql`update auth_tokens set expires_at = now() - interval '1 second'`);
    expect(await resetPassword({ token: third, password: "a brand new passphrase", ip })).toEqual({ status: "invalid_link" });
    expect(await resetPassword({ token: "x".repeat(43), password: "a brand new passphrase", ip })).toEqual({ status: "invalid_link" });
    expect(await resetPassword({ token: "../../etc", password: "a brand new passphrase", ip })).toEqual({ status: "invalid_link" });
  });

  it("limits attempts to use reset links per address, parallel ones included, and lifts sign-in limits after a reset", async () => {
    const forged = await Promise.all(Array.from({ length: 30 }, () => resetPassword({ token: "B".repeat(43), password: "a brand new passphrase", ip: "198.51.100.4" })));
    expect(forged.filter((result) => result.status === "rate_limited")).toHaveLength(30 - RESETS_PER_IP_PER_HOUR);

    // Strangers have spent the account-wide allowance of wrong guesses…
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) await signInWithLimits({ email: "priya@example.com", password: "guess" }, `10.1.${i}.1`);
    expect((await signInWithLimits({ email: "priya@example.com", password: "old password here" }, ip)).status).toBe("rate_limited");
    // …but the reset path stays open, and a reset lets the owner back in.
    await askForReset("priya@example.com");
    const token = tokenFrom(readOutbox(outbox, "priya@example.com")[0]!.text)!;
    expect(await resetPassword({ token, password: "a brand new passphrase", ip })).toEqual({ status: "ok" });
    expect((await signInWithLimits({ email: "priya@example.com", password: "a brand new passphrase" }, ip)).status).toBe("ok");
  });

  it("sends nothing for unknown or disabled accounts, and at most three links an hour", async () => {
    await askForReset("nobody@example.com");
    await askForReset("gone@example.com");
    expect(readOutbox(outbox)).toEqual([]);
    for (let i = 0; i < 5; i++) await askForReset("priya@example.com", `192.0.2.${i}`);
    expect(readOutbox(outbox, "priya@example.com")).toHaveLength(3);
  });

  it("sends at most three links when 25 requests for one address arrive at once", async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => requestPasswordReset({ email: "priya@example.com", ip: `203.0.113.${i + 1}` })));
    await settleAfterResponse();
    expect(readOutbox(outbox, "priya@example.com")).toHaveLength(3);
  });
});

describe("sign up", () => {
  const form = { name: "Dev Patel", email: "dev@example.com", ip: "192.0.2.9" };
  const password = "night bus n1 please";
  const confirm = (token: string, chosen = password, name = "Dev Patel") => confirmSignUp({ token, name, password: chosen, ip: form.ip });

  it("creates a reader account only when the emailed link is followed, with the password chosen there, once", async () => {
    expect(await askToSignUp(form)).toBe("sent");
    expect((await getDb().select({ n: count() }).from(users))[0]?.n).toBe(0);
    const [mail] = readOutbox(outbox, "dev@example.com");
    const token = tokenFrom(mail!.text)!;
    expect(mail!.text).toContain(`/sign-up/confirm?token=${token}`);

    expect(await confirm(token, "password123")).toMatchObject({ status: "weak_password" });
    expect(await confirm(token)).toEqual({ status: "created", email: "dev@example.com" });
    const [user] = await getDb().select().from(users);
    expect(user).toMatchObject({ name: "Dev Patel", email: "dev@example.com", role: "reader" });
    expect(user?.emailVerified).toBeInstanceOf(Date);
    expect(await verifyCredentials({ email: "dev@example.com", password })).not.toBeNull();
    expect(await confirm(token)).toEqual({ status: "invalid_link" });
  });

  it("can't be used to plant a password: the mail carries no name and the link owner chooses the password", async () => {
    await askToSignUp({ ...form, name: "Click https://evil.example to claim your prize" });
    const [mail] = readOutbox(outbox, "dev@example.com");
    expect(mail!.text).not.toContain("evil.example");
    // Whoever reads the mailbox finishes the sign-up, with their own name and password.
    expect(await confirm(tokenFrom(mail!.text)!, "the owners own passphrase", "Dev")).toMatchObject({ status: "created" });
    expect(await verifyCredentials({ email: "dev@example.com", password: "the owners own passphrase" })).not.toBeNull();
  });

  it("answers a registered address the same way, by mail, without a second account", async () => {
    await getDb().insert(users).values({ email: "dev@example.com", name: "Existing", passwordHash: "x" });
    expect(await askToSignUp(form)).toBe("sent");
    const [mail] = readOutbox(outbox, "dev@example.com");
    expect(mail?.subject).toMatch(/already have/);
    expect(tokenFrom(mail!.text)).toBeUndefined();
    expect((await getDb().select({ n: count() }).from(users))[0]?.n).toBe(1);
  });

  it("makes exactly one account when two links for one address are confirmed at once", async () => {
    await askToSignUp(form);
    await askToSignUp({ ...form, name: "Dev Again" });
    const tokens = readOutbox(outbox, "dev@example.com").map((mail) => tokenFrom(mail.text)!);
    const results = await Promise.all(tokens.map((token) => confirm(token)));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect((await getDb().select({ n: count() }).from(users))[0]?.n).toBe(1);
  });

  it("limits sign-ups per address per hour", async () => {
    for (let i = 0; i < SIGN_UPS_PER_IP_PER_HOUR; i++) {
      expect(await askToSignUp({ ...form, email: `reader${i}@example.com` })).toBe("sent");
    }
    expect(await askToSignUp({ ...form, email: "one-more@example.com" })).toBe("rate_limited");
  });

  it("takes exactly the allowed number of sign-ups when 30 arrive at once from one address", async () => {
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => requestSignUp({ ...form, email: `burst${i}@example.com` })));
    await settleAfterResponse();
    expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(SIGN_UPS_PER_IP_PER_HOUR);
    expect(readOutbox(outbox)).toHaveLength(SIGN_UPS_PER_IP_PER_HOUR);
  });

  it("limits attempts to finish a sign-up per address, before hashing anything", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => confirm("A".repeat(43))));
    expect(results.filter((result) => result.status === "rate_limited").length).toBe(30 - CONFIRMS_PER_IP_PER_HOUR);
    expect(results.filter((result) => result.status === "invalid_link").length).toBe(CONFIRMS_PER_IP_PER_HOUR);
  });
});
