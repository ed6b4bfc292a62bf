import net from "node:net";

// A TCP proxy in front of the test PostgreSQL server that can act out a restart
// the way clients see one, without touching the real server (other suites use
// it): open connections get PostgreSQL's "terminating connection due to
// administrator command" (57P01) and close; new ones are refused while it is
// down, then answered with "the database system is starting up" (57P03) for a
// while, then served again.

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([
    ...[
      ["S", "FATAL"],
      ["V", "FATAL"],
      ["C", code],
      ["M", message],
    ].map(([type, value]) => Buffer.from(`${type}${value}\0`, "utf8")),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write("E", 0, "ascii");
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

export interface RestartableProxy {
  port: number;
  /** Acts out a restart: down (refusing) for downMs, then starting up (57P03) for startingMs. */
  restart(timing: { downMs: number; startingMs: number }): Promise<void>;
  close(): Promise<void>;
}

export async function startRestartableProxy(target: { host: string; port: number }): Promise<RestartableProxy> {
  let starting = false;
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();

  const server = net.createServer((client) => {
    client.on("error", () => client.destroy());
    if (starting) {
      client.once("data", () => client.end(errorResponse("57P03", "the database system is starting up")));
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const pair = { client, upstream };
    pairs.add(pair);
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    upstream.on("error", close);
    client.on("close", close);
    upstream.on("close", close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  return {
    port,
    async restart({ downMs, startingMs }) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const pair of [...pairs]) {
        pairs.delete(pair);
        pair.upstream.unpipe(pair.client);
        pair.upstream.destroy();
        pair.client.end(errorResponse("57P01", "terminating connection due to administrator command"));
      }
      await closed;
      await sleep(downMs);
      starting = true;
      await listen(port);
      await sleep(startingMs);
      starting = false;
    },
    async close() {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
