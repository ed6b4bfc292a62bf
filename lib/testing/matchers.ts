import { expect } from "vitest";

/** Any submission stamp: every action answer carries one, so forms re-read their fields. */
export const anySubmission = expect.any(Number) as unknown as number;
