import type { Database } from "@/db";
import { seedDemoContent } from "@/db/seed";
import { DEMO_PASSWORD } from "@/db/seed-data/people";
import { hashPassword } from "@/lib/auth/passwords";

/** The demo accounts, posts and comments (once: a second run changes nothing). */
export async function seedDemo(db: Database, options: { now?: Date } = {}): Promise<{ seeded: boolean }> {
  return seedDemoContent(db, { passwordHash: await hashPassword(DEMO_PASSWORD), now: options.now });
}
