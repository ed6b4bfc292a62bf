// How long the scheduled jobs keep what they clean up; the privacy page shows the same figures.
export const TRASH_RETENTION_DAYS = 30;
export const SESSION_RETENTION_DAYS = 7;
export const MAIL_RETENTION_DAYS = 30;
