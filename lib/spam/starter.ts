// The labelled comments a new site's filter starts from (lib/spam/starter-set/).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Labelled } from "./evaluate";
import { readLabelledCsv } from "./labelled-csv";

export const STARTER_FILES = ["youtube-psy.csv", "news-comments.csv"];

/** Bump when the starter files change: a model still on the old set is rebuilt. */
export const STARTER_VERSION = 2;

export function starterExamples(dir = path.join(process.cwd(), "lib", "spam", "starter-set")): Labelled[] {
  return STARTER_FILES.flatMap((file) => readLabelledCsv(readFileSync(path.join(dir, file), "utf8"), file));
}
