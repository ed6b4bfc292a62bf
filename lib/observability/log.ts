import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { logger } from "./logger.js";
import { REQUEST_ID_HEADER } from "./request-log.js";

/** The process's logger, carrying the current request's id when there is one. */
export async function requestLogger(): Promise<Logger> {
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return id ? logger().child({ reqId: id }) : logger();
  } catch {
    // Outside a request (a job, a script): no id to add.
    return logger();
  }
}

export { logger };
