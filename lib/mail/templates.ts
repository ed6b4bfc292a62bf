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

// No name in this one: the sign-up form is open to anyone, and nothing a stranger
// typed there should reach someone else's inbox.
export function signUpConfirmationEmail(input: { to: string; siteTitle: string; link: string }): Email {
  return {
    to: input.to,
    subject: `Confirm your ${input.siteTitle} account`,
    text: `Hello,

Someone (we hope you) asked to create a ${input.siteTitle} account with this email
address. To finish, open this link and choose your password:

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

export function emailChangeConfirmationEmail(input: { to: string; name: string; siteTitle: string; link: string }): Email {
  return {
    to: input.to,
    subject: `Confirm your new ${input.siteTitle} email address`,
    text: `Hello ${input.name},

You asked to use this address for your ${input.siteTitle} account. Confirm it here
within 24 hours:

${input.link}

If you did not ask for this, ignore this email: nothing changes.
`,
  };
}

export function addressInUseEmail(input: { to: string; siteTitle: string }): Email {
  return {
    to: input.to,
    subject: `Someone tried to use this address on ${input.siteTitle}`,
    text: `Hello,

Someone signed in to ${input.siteTitle} tried to move their account to this email
address, but it already belongs to an account. Nothing has changed. If it was
you, sign in with this address instead.
`,
  };
}

export function emailChangedNoticeEmail(input: { to: string; name: string; siteTitle: string; newEmail: string }): Email {
  return {
    to: input.to,
    subject: `Your ${input.siteTitle} email address was changed`,
    text: `Hello ${input.name},

The email address of your ${input.siteTitle} account is now ${input.newEmail}.
If you did not make this change, reset your password at once and contact the
site's administrators.
`,
  };
}

// No name in this one either: the request is about an address, not an account.
export function personalDataConfirmationEmail(input: { to: string; siteTitle: string; kind: "export" | "erase"; link: string; days: number }): Email {
  const what =
    input.kind === "export"
      ? `a copy of everything ${input.siteTitle} keeps under this email address (your comments, any account and subscriptions)`
      : `to erase what ${input.siteTitle} keeps under this email address: your comments will be kept as "Anonymous" or removed, with your email, website and IP address deleted, and any account closed`;
  return {
    to: input.to,
    subject: input.kind === "export" ? `Confirm your request for your ${input.siteTitle} data` : `Confirm your request to erase your ${input.siteTitle} data`,
    text: `Hello,

The editors of ${input.siteTitle} received a request, made for this address, for
${what}.

If you asked for this, confirm it here within ${input.days} days:

${input.link}

If you did not, ignore this email and nothing happens.
`,
  };
}
