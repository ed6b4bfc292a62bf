import type { Email } from "./mailer";

// Plain-text mail: nothing to render wrongly, nothing to sanitize.

export function passwordResetEmail(input: { to: string; name: string; siteTitle: string; link: string }): Email {
  return {
    to: input.to,
    subject: `Reset your ${input.siteTitle} password`,
    text: `Hello ${input.name},

Someone (we hope you) asked to reset the password of your ${input.siteTitle} account.
Choose a new password here within the next hour:

${input.link}

The link works once. If you did not ask for this, ignore this email: your
password stays as it is.
`,
  };
}

export function signUpConfirmationEmail(input: { to: string; name: string; siteTitle: string; link: string }): Email {
  return {
    to: input.to,
    subject: `Confirm your ${input.siteTitle} account`,
    text: `Hello ${input.name},

Confirm your email address to finish creating your ${input.siteTitle} account:

${input.link}

The link works once, for 24 hours. If you did not sign up, ignore this email
and no account will be created.
`,
  };
}

export function alreadyRegisteredEmail(input: { to: string; siteTitle: string; signInLink: string; resetLink: string }): Email {
  return {
    to: input.to,
    subject: `You already have a ${input.siteTitle} account`,
    text: `Hello,

Someone tried to create a ${input.siteTitle} account with this email address,
but it already has one. If that was you, sign in:

${input.signInLink}

Forgotten the password? Choose a new one here:

${input.resetLink}

If it was not you, ignore this email: nothing has changed.
`,
  };
}
