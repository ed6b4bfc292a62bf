// A local SMTP server in its own process for the notification bench (as a real
// mail server would be): accepts everything, counts messages per recipient, and
// answers "count" on stdin with a JSON summary.
import { SMTPServer } from "smtp-server";

let messages = 0;
const recipients = new Map();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  closeTimeout: 50,
  logger: false,
  onData(stream, session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      messages += 1;
      for (const rcpt of session.envelope.rcptTo) recipients.set(rcpt.address, (recipients.get(rcpt.address) ?? 0) + 1);
      callback();
    });
  },
});
server.server.on("connection", (socket) => socket.setNoDelay(true));
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.server.address().port })));
process.stdin.setEncoding("utf8");
process.stdin.on("data", (text) => {
  if (text.trim() === "count") console.log(JSON.stringify({ messages, recipients: recipients.size }));
});
process.stdin.on("end", () => server.close(() => process.exit(0)));
