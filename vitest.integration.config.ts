import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared";

export default defineConfig({
  resolve,
  test: {
    include: ["db/**/*.int.test.ts", "lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension; bundling it lets Vite resolve that.
    server: { deps: { inline: ["next-auth"] } },
    globalSetup: ["db/testing/integration-global-setup.ts"],
    setupFiles: ["db/testing/integration-setup.ts"],
    // Files share one database and empty it between tests, so they run one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
