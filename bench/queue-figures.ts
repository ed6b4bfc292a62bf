import { listQueue, type QueueFilters, queueCounts } from "@/db/queries/comments/queue";
import { heading, line, summary } from "./stats";
import { getDb } from "@/lib/db";

/**
 * What the moderation queue page asks of the database for one view: the tab
 * counts and one keyset page of 50 rows, with the per-row look-ups.
 */
async function queuePage(filters: QueueFilters): Promise<number> {
  const t0 = performance.now();
  const [, page] = await Promise.all([queueCounts(getDb()), listQueue(getDb(), filters, { limit: 50 })]);
  if (page.rows.length === 0 && filters.view === "pending" && !filters.search) throw new Error("empty queue in the bench data");
  return performance.now() - t0;
}

export async function measureQueue(totalComments: number, iterations = 30): Promise<void> {
  heading(`Moderation queue with ${totalComments.toLocaleString("en-GB")} comments: counts + one page of 50 (database time)`);
  const cases: [string, QueueFilters][] = [
    ["pending view", { view: "pending", order: "newest" }],
    ["approved view, oldest first", { view: "approved", order: "oldest" }],
    ["filtered: one commenter's email", { view: "approved", author: "commenter123@example.test", order: "newest" }],
    ["filtered: one post", { view: "pending", postId: 3, order: "newest" }],
    ["filtered: one IP", { view: "approved", ip: "10.17.0.17", order: "newest" }],
    ["search: two words", { view: "approved", search: "ferry budget", order: "newest" }],
    ["search: a rare word, pending", { view: "pending", search: "comment 499991", order: "newest" }],
  ];
  for (const [label, filters] of cases) {
    await queuePage(filters);
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) samples.push(await queuePage(filters));
    line(label, summary(samples));
  }
}

/** Signs in through Auth.js's credentials endpoint as a browser would; returns the cookie header. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrfResponse);
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/admin` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error("sign-in failed");
  return header();
}

/** The queue page over HTTP as a signed-in moderator: full server time, rendering included. */
export async function measureQueuePages(base: string, moderator: { email: string; password: string }, iterations = 20): Promise<void> {
  heading("Moderation queue page over HTTP as a moderator (server.mjs, no cache: every request renders)");
  const cookie = await signIn(base, moderator.email, moderator.password);
  const pages: [string, string][] = [
    ["pending view", "/admin/comments"],
    ["filtered: one commenter's email", "/admin/comments?view=approved&author=commenter123%40example.test"],
    ["search: two words", "/admin/comments?view=approved&q=ferry+budget"],
  ];
  for (const [label, path] of pages) {
    const samples: number[] = [];
    for (let i = 0; i <= iterations; i++) {
      const t0 = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie } });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("Comments")) throw new Error(`${path} answered ${response.status}`);
      if (i > 0) samples.push(performance.now() - t0);
    }
    line(label, summary(samples));
  }
}
