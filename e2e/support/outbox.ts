import { expect } from "@playwright/test";
import { type OutboxMessage, readOutbox } from "../../lib/mail/outbox";

/** Waits for the newest email to `to` whose subject matches, and returns it. */
export async function waitForEmail(to: string, subject: RegExp): Promise<OutboxMessage> {
  const dir = process.env.MAIL_OUTBOX_DIR!;
  let found: OutboxMessage | undefined;
  await expect
    .poll(() => {
      found = readOutbox(dir, to).filter((mail) => subject.test(mail.subject)).at(-1);
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

export function linkIn(mail: OutboxMessage): string {
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`No link in email "${mail.subject}"`);
  return link;
}
