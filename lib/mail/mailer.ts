import "server-only";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import { writeToOutbox } from "./outbox";

export interface Email {
  to: string;
  subject: string;
  text: string;
}

let transport: Transporter | undefined;

function smtpTransport(url: string): Transporter {
  transport ??= nodemailer.createTransport(url);
  return transport;
}

export function outboxDir(): string {
  const env = getEnv();
  return env.MAIL_OUTBOX_DIR ?? path.join(env.BROADSHEET_DATA_DIR, "outbox");
}

/** Sends through SMTP when SMTP_URL is set; otherwise writes to the local outbox. */
export async function sendEmail(email: Email): Promise<void> {
  const env = getEnv();
  const message = { from: env.MAIL_FROM, to: email.to, subject: email.subject, text: email.text };
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
