import "server-only";
import { parseArgs } from "node:util";
import { z } from "zod";
import { insertUser, isEmailRegistered } from "@/db/queries/users/accounts";
import { userRoles } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { displayNameField, emailField } from "@/lib/validation/auth";
import { passwordProblem } from "@/lib/validation/password";
import { getDb } from "@/lib/db";

export const USAGE = `Usage: npm run user:create -- --email <address> --role <${userRoles.join("|")}> [--name <display name>]
The password is read from standard input when it is piped, otherwise asked for twice.`;

const argsSchema = z.object({
  email: emailField,
  role: z.enum(userRoles, { error: `--role must be one of: ${userRoles.join(", ")}` }),
  name: displayNameField,
});

export interface CommandIo {
  argv: string[];
  readPassword: () => Promise<string>;
  out: (line: string) => void;
}

/** Creates one account for a fresh production install. Returns the exit code. */
export async function createUserCommand({ argv, readPassword, out }: CommandIo): Promise<number> {
  let values: { email?: string; role?: string; name?: string };
  try {
    values = parseArgs({
      args: argv,
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    }).values;
  } catch (error) {
    out(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const parsed = argsSchema.safeParse({ ...values, name: values.name ?? values.email?.split("@")[0] });
  if (!parsed.success) {
    out(`${parsed.error.issues.map((issue) => issue.message).join("\n")}\n${USAGE}`);
    return 2;
  }
  const { email, role, name } = parsed.data;
  if (await isEmailRegistered(getDb(), { email })) {
    out(`An account with the email ${email} already exists.`);
    return 1;
  }
  const password = await readPassword();
  const problem = passwordProblem(password, { email, name });
  if (problem) {
    out(`Password refused: ${problem}`);
    return 1;
  }
  await insertUser(getDb(), { email, name, role, passwordHash: await hashPassword(password), emailVerified: new Date() });
  out(`Created ${role} account for ${email}.`);
  return 0;
}
