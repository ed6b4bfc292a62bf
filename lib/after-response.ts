import "server-only";
import { after } from "next/server";
import { logger } from "@/lib/observability/logger.js";

/**
 * Work that must not decide how long the response takes (mail, notably: the time
 * an SMTP server takes would tell whether an address has an account). It runs in
 * this process once the response has been sent; failures are logged.
 */
export function runAfterResponse(label: string, task: () => Promise<void>): void {
  after(async () => {
    try {
      await task();
    } catch (error) {
      logger().error({ err: error, task: label }, `${label} failed`);
    }
  });
}
