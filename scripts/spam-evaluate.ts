// npm run spam:evaluate -- --train a.csv --test b.csv     train on one file, score the other
// npm run spam:evaluate -- --kfold 5 data.csv              k-fold figures on one file
// Options: --spam 0.9 --hold 0.5 (the thresholds; default: the discussion settings'
// defaults), --starter (train on the shipped starter set too).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type Evaluation, crossValidate, evaluate, trainModel } from "../lib/spam/evaluate";
import { readLabelledCsv } from "../lib/spam/labelled-csv";
import { starterExamples } from "../lib/spam/starter";
import { parseDiscussionSettings } from "../lib/settings/discussion";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { train: { type: "string", multiple: true }, test: { type: "string", multiple: true }, kfold: { type: "string" }, spam: { type: "string" }, hold: { type: "string" }, starter: { type: "boolean" } },
});

const defaults = parseDiscussionSettings({});
const thresholds = { spam: Number(values.spam ?? defaults.spamThreshold), hold: Number(values.hold ?? defaults.spamHoldThreshold) };
if (!(thresholds.hold > 0 && thresholds.hold < thresholds.spam && thresholds.spam <= 1)) {
  console.error("Thresholds must satisfy 0 < --hold < --spam <= 1.");
  process.exit(2);
}
function read(file: string) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`Can't read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error)}.`);
  }
  return readLabelledCsv(text, file);
}
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function print(title: string, result: Evaluation): void {
  console.log(`\n${title}: ${result.tested} comments scored`);
  console.log(`  spam threshold ${result.spam.threshold}: precision ${result.spam.precision.toFixed(3)}, recall ${result.spam.recall.toFixed(3)}, F1 ${result.spam.f1.toFixed(3)}, false positives ${pct(result.spam.falsePositiveRate)}`);
  console.log(`  hold threshold ${result.hold.threshold}: precision ${result.hold.precision.toFixed(3)}, recall ${result.hold.recall.toFixed(3)}, F1 ${result.hold.f1.toFixed(3)}, false positives ${pct(result.hold.falsePositiveRate)}`);
  console.log(`  spam kept from readers (spam or held): ${pct(result.hold.recall)}   good comments waiting or thrown away: ${pct(result.hold.falsePositiveRate)}`);
  console.log(`  targets: precision at the spam threshold ≥ 0.97 (${result.spam.precision >= 0.97 ? "met" : "missed"}), spam kept away ≥ 90 % (${result.hold.recall >= 0.9 ? "met" : "missed"}), good comments held ≤ 15 % (${result.hold.falsePositiveRate <= 0.15 ? "met" : "missed"})`);
}

try {
  const base = values.starter ? starterExamples() : [];
  if (values.kfold) {
    const k = Number(values.kfold);
    if (!Number.isInteger(k) || k < 2) throw new Error("--kfold needs a whole number of folds, 2 or more.");
    const files = positionals.length ? positionals : (values.train ?? []);
    if (files.length === 0) throw new Error("Name the CSV file to cross-validate.");
    const data = files.flatMap(read);
    print(`${k}-fold cross-validation on ${files.join(", ")}${values.starter ? " (each fold also trained on the starter set)" : ""}`, crossValidate(data, k, thresholds, { base }));
  } else {
    if (!values.train?.length || !values.test?.length) throw new Error("Give --train and --test files, or --kfold K file.csv.");
    const model = trainModel([...base, ...values.train.flatMap(read)]);
    print(`trained on ${values.train.join(", ")}${values.starter ? " and the starter set" : ""}, tested on ${values.test.join(", ")}`, evaluate(model, values.test.flatMap(read), thresholds));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
