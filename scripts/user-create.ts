// `npm run user:create -- --email you@example.com --role admin`
// Run it before starting the server on the embedded database (PGlite allows one process).
import { closeDatabase, getDatabaseHandle } from "../lib/db";
import { migrateDatabase } from "../db/migrate";
import { createUserCommand } from "../lib/users/create-user-command";

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text.replace(/\r?\n$/, "");
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(question);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let answer = "";
    const onData = (data: Buffer) => {
      for (const char of data.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(answer);
          return;
        }
        if (char === "\u0003") process.exit(130);
        if (char === "\u007f") answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readAll(process.stdin);
  const first = await askHidden("Password: ");
  const second = await askHidden("Password again: ");
  if (first !== second) {
    console.error("The two passwords don't match.");
    process.exit(1);
  }
  return first;
}

const handle = getDatabaseHandle();
if (handle.kind === "pglite") await migrateDatabase(handle);
const code = await createUserCommand({ argv: process.argv.slice(2), readPassword, out: (line) => console.log(line) });
await closeDatabase();
process.exit(code);
