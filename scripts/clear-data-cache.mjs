// Next keeps its data cache under .next/cache across builds. Entries from another
// database (a reset demo, a test run) would be served until they expire, so every
// build starts without them.
import { rmSync } from "node:fs";

rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
