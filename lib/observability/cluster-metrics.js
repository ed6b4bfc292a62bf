// /metrics under several processes on one port (npm start with WEB_CONCURRENCY > 1):
// a scrape lands on any one process, but must count the requests of all of them.
// The process that got the scrape asks the supervisor, which gathers every
// serving process's registry and sums them (prom-client's AggregatorRegistry.aggregate).
import cluster from "node:cluster";
import { clearTimeout, setTimeout } from "node:timers";
import client from "prom-client";

const ASK = "broadsheet:metrics-request";
const ANSWER = "broadsheet:metrics-answer";
const COLLECT = "broadsheet:metrics-collect";
const COLLECTED = "broadsheet:metrics-collected";
const TIMEOUT_MS = 5_000;

/**
 * In the supervisor: answers an app server process's request for the whole
 * server's figures, gathered from the processes that are serving (one still
 * starting has no figures yet and could not answer).
 * @param {() => import("node:cluster").Worker[]} serving
 */
export function answerMetricsRequests(serving) {
  /** @type {Map<number, { metrics: import("prom-client").MetricObjectWithValues<import("prom-client").MetricValue<string>>[][], pending: number, done: (error: Error | null) => void }>} */
  const collections = new Map();
  let collected = 0;
  cluster.on("message", (worker, /** @type {{ type?: string, id?: number, metrics?: import("prom-client").MetricObjectWithValues<import("prom-client").MetricValue<string>>[] }} */ message) => {
    if (message?.type === COLLECTED && message.id !== undefined) {
      const collection = collections.get(message.id);
      if (!collection || !message.metrics) return;
      collection.metrics.push(message.metrics);
      if (--collection.pending === 0) collection.done(null);
      return;
    }
    if (message?.type !== ASK) return;
    const asker = message.id;
    const workers = serving();
    const id = ++collected;
    /** @param {string | null} error @param {string} [text] */
    const reply = (error, text) => worker.isConnected() && worker.send(error === null ? { type: ANSWER, id: asker, text } : { type: ANSWER, id: asker, error });
    const timer = setTimeout(() => collections.get(id)?.done(new Error("a process did not send its figures in time")), TIMEOUT_MS);
    collections.set(id, {
      metrics: [],
      pending: workers.length,
      done(error) {
        clearTimeout(timer);
        const collection = collections.get(id);
        collections.delete(id);
        if (error || !collection) return void reply(error?.message ?? "gone");
        void client.AggregatorRegistry.aggregate(collection.metrics)
          .metrics()
          .then((text) => reply(null, text), (/** @type {Error} */ failure) => reply(failure.message));
      },
    });
    for (const each of workers) each.send({ type: COLLECT, id });
    if (workers.length === 0) collections.get(id)?.done(null);
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
  process.on("message", (/** @type {{ type?: string, id?: number, text?: string, error?: string }} */ message) => {
    if (message?.type === COLLECT && message.id !== undefined) {
      const id = message.id;
      void registry.getMetricsAsJSON().then((metrics) => process.send?.({ type: COLLECTED, id, metrics }));
      return;
    }
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
