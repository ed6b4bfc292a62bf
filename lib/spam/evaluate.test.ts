import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { crossValidate, evaluate, trainModel } from "./evaluate";
import { readLabelledCsv } from "./labelled-csv";
import { starterExamples } from "./starter";

const thresholds = { spam: 0.9, hold: 0.5 };

describe("evaluating the filter on labelled comments", () => {
  it("reads any CSV with CONTENT and CLASS columns, whatever else it holds, and refuses others clearly", () => {
    const rows = readLabelledCsv('COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\nz1,Ann,2015-01-01,"Hello, ""world""",0\nz2,Bot,2015-01-02,check my channel,1\n');
    expect(rows).toEqual([
      { content: 'Hello, "world"', spam: false },
      { content: "check my channel", spam: true },
    ]);
    expect(() => readLabelledCsv("TEXT,LABEL\nhi,0\n", "x.csv")).toThrow("x.csv needs CONTENT and CLASS columns.");
    expect(() => readLabelledCsv("CONTENT,CLASS\nhi,maybe\n", "x.csv")).toThrow('x.csv, row 2: CLASS must be 0 or 1, not "maybe".');
    expect(() => readLabelledCsv("", "x.csv")).toThrow("x.csv holds no rows.");
  });

  it("meets the targets on data it never saw (5-fold on the shipped real comments)", () => {
    const data = readLabelledCsv(readFileSync(path.join("lib", "spam", "starter-set", "youtube-psy.csv"), "utf8"));
    const result = crossValidate(data, 5, thresholds);
    expect(result.tested).toBe(350);
    expect(result.spam.precision).toBeGreaterThanOrEqual(0.97);
    expect(result.hold.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.hold.falsePositiveRate).toBeLessThanOrEqual(0.15);
  });

  it("counts precision, recall and false positives at each threshold", () => {
    const model = trainModel(starterExamples());
    const result = evaluate(model, [{ content: "subscribe to my channel http://x.example", spam: true }, { content: "The council voted on Tuesday.", spam: false }], thresholds);
    expect(result).toMatchObject({ tested: 2, spam: { precision: 1, recall: 1, falsePositiveRate: 0 }, hold: { precision: 1, recall: 1, falsePositiveRate: 0 } });
  });
});
