// Lighthouse's mobile performance audit (its default: a mid-range phone on a
// throttled connection, simulated) of one page, in Debian's Chromium.
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseFigures {
  score: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  largestContentfulPaintMs: number;
  scriptBytes: number;
}

const chromePath = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => candidate && existsSync(candidate));

export const lighthouseAvailable = Boolean(chromePath);

export async function audit(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"] });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
    if (!result) throw new Error("lighthouse returned nothing");
    const { audits, categories } = result.lhr;
    const scripts = (audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items?.find((item) => item.resourceType === "script");
    return {
      score: Math.round((categories.performance?.score ?? 0) * 100),
      totalBlockingTimeMs: audits["total-blocking-time"]?.numericValue ?? NaN,
      cumulativeLayoutShift: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      largestContentfulPaintMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
      scriptBytes: scripts?.transferSize ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

export interface SeoFigures {
  score: number;
  /** Titles of the SEO audits that did not pass. */
  failed: string[];
}

/** Lighthouse's SEO category for one page. */
export async function seoAudit(url: string): Promise<SeoFigures> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"] });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["seo"], output: "json", logLevel: "error" });
    if (!result) throw new Error("lighthouse returned nothing");
    const { audits, categories } = result.lhr;
    const failed = (categories.seo?.auditRefs ?? [])
      .map((ref) => audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "informative")
      .map((audit) => audit!.title);
    return { score: Math.round((categories.seo?.score ?? 0) * 100), failed };
  } finally {
    chrome.kill();
  }
}
