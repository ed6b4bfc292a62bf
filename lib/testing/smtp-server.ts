import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server for tests, on a fixed port (0: any), which a test can stop and start again; `refuse` lists addresses that bounce. */
export function smtpServer(port: number, received: Received[], { refuse = [] }: { refuse?: string[] } = {}) {
  const server = new SMTPServer({
    authOptional: true,
    // Pooled client connections stay open; a stopping server drops them at once.
    closeTimeout: 50,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Addresses this server has no mailbox for: refused for good, as a real one would.
    onRcptTo(address, _session, callback) {
      if (refuse.includes(address.address)) callback(Object.assign(new Error("No such user here"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  return {
    start: () => new Promise<number>((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
