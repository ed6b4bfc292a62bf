// Labelled comments from CSV: any file with CONTENT and CLASS (1 = spam)
// columns, whatever else it holds (the YouTube Spam Collection's layout).
import { parse } from "csv-parse/sync";
import type { Labelled } from "./evaluate";

export function readLabelledCsv(text: string, source = "the file"): Labelled[] {
  const rows = parse<Record<string, string>>(text, { columns: (header: string[]) => header.map((name) => name.trim().toUpperCase()), skip_empty_lines: true, bom: true, relax_column_count: true });
  if (rows.length === 0) throw new Error(`${source} holds no rows.`);
  if (!("CONTENT" in rows[0]!) || !("CLASS" in rows[0])) throw new Error(`${source} needs CONTENT and CLASS columns.`);
  return rows.flatMap((row, i) => {
    const label = row.CLASS?.trim();
    if (label !== "0" && label !== "1") throw new Error(`${source}, row ${i + 2}: CLASS must be 0 or 1, not ${JSON.stringify(label)}.`);
    return [{ content: row.CONTENT ?? "", spam: label === "1" }];
  });
}
