import "server-only";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import { writeToOutbox } from "./outbox";

export interface Email {
  to: string;
  subject: string;
  text: string;
  /** An HTML part, every user-supplied text in it escaped by the template. */
  html?: string | null;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string> | null;
}

let transport: { url: string; transporter: Transporter } | undefined;

/** One transport per SMTP_URL (a changed setting gets a new one). */
function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

export function outboxDir(): string {
  const env = getEnv();
  return env.MAIL_OUTBOX_DIR ?? path.join(env.BROADSHEET_DATA_DIR, "outbox");
}

/** Sends through SMTP when SMTP_URL is set; otherwise writes to the local outbox. */
export async function sendEmail(email: Email): Promise<void> {
  const env = getEnv();
  const message = {
    from: env.MAIL_FROM,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    ...(email.headers ? { headers: email.headers } : {}),
  };
  if (env.SMTP_URL) {
    await smtpTransport(env.SMTP_URL).sendMail(message);
    return;
  }
  const rendered = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  writeToOutbox(
    outboxDir(),
    { to: email.to, subject: email.subject, text: email.text, sentAt: new Date().toISOString() },
    rendered.message as Buffer,
  );
}
