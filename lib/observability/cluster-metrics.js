// /metrics under several processes on one port (npm start with WEB_CONCURRENCY > 1):
// a scrape lands on any one process, but must count the requests of all of them.
// The process that got the scrape asks the supervisor, which gathers every
// process's registry (prom-client's AggregatorRegistry) and sums them.
import cluster from "node:cluster";
import { clearTimeout, setTimeout } from "node:timers";
import client from "prom-client";

const ASK = "broadsheet:metrics-request";
const ANSWER = "broadsheet:metrics-answer";
const TIMEOUT_MS = 5_000;

/** In the supervisor: answers every app server process's request for the whole server's figures. */
export function answerMetricsRequests() {
  const aggregator = new client.AggregatorRegistry();
  cluster.on("message", (worker, /** @type {{ type?: string, id?: number }} */ message) => {
    if (message?.type !== ASK) return;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, text }),
      (/** @type {Error} */ error) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, error: error.message }),
    );
  });
}

/**
 * Scrapes waiting for the supervisor, by id. Shared through globalThis: the
 * /metrics route (bundled by Next) asks, the listener app-server.js installed answers.
 * @returns {{ waiting: Map<number, { resolve: (text: string) => void, reject: (error: Error) => void }>, asked: number }}
 */
function scrapes() {
  const holder = /** @type {Record<symbol, ReturnType<typeof scrapes> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[Symbol.for("broadsheet.metrics-scrapes")] ??= { waiting: new Map(), asked: 0 });
}

/**
 * In an app server process under the supervisor, from its start: lets the
 * supervisor read this process's registry, and takes its answers to our own asks.
 * @param {import("prom-client").Registry} registry
 */
export function shareProcessMetrics(registry) {
  if (!cluster.isWorker) return;
  client.AggregatorRegistry.setRegistries(registry);
  new client.AggregatorRegistry();
  process.on("message", (/** @type {{ type?: string, id?: number, text?: string, error?: string }} */ message) => {
    if (message?.type !== ANSWER || message.id === undefined) return;
    const { waiting } = scrapes();
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.text ?? "");
  });
}

/**
 * The Prometheus text for this server: every process of it summed when there
 * are several, else this process's own registry.
 * @param {import("prom-client").Registry} registry
 * @returns {Promise<string>}
 */
export function serverMetricsText(registry) {
  if (!cluster.isWorker || !process.send) return registry.metrics();
  const state = scrapes();
  const { waiting } = state;
  const id = ++state.asked;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error("the server's other processes did not send their figures in time"));
    }, TIMEOUT_MS);
    waiting.set(id, {
      resolve: (text) => (clearTimeout(timer), resolve(text)),
      reject: (error) => (clearTimeout(timer), reject(error)),
    });
    process.send?.({ type: ASK, id });
  });
}
