// `npm start`: the production server. One app server process (lib/server/app-server.js)
// per core, or WEB_CONCURRENCY of them, sharing the port; with one, no supervisor.
import cluster from "node:cluster";
import { getEnv } from "./lib/env.js";
import { serverProcesses } from "./lib/server/processes.js";

const processes = serverProcesses(getEnv());
if (cluster.isPrimary && processes > 1) {
  const { superviseAppServers } = await import("./lib/server/supervisor.js");
  superviseAppServers(processes);
} else {
  await import("./lib/server/app-server.js");
}
