export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// The passwords tried first in every credential-stuffing list.
const COMMON = new Set([
  "password",
  "password1",
  "password123",
  "passw0rd",
  "1234567890",
  "12345678910",
  "0123456789",
  "qwertyuiop",
  "qwerty1234",
  "1q2w3e4r5t",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "admin12345",
  "abcdefghij",
  "broadsheet",
  "broadsheet-demo",
]);

/**
 * Length and a blocklist rather than composition rules (NIST SP 800-63B): long
 * and not guessable beats "one digit and one symbol".
 */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "That password is too common. Choose another.";
  if (new Set(lower).size < 4) return "Use more different characters.";
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    return "Don’t build the password from your email address.";
  }
  const name = context.name?.trim().toLowerCase();
  if (name && name.length >= 4 && lower.includes(name)) return "Don’t build the password from your name.";
  return null;
}
