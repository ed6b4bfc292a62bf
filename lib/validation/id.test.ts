import { describe, expect, it } from "vitest";
import { idParam } from "./id";

describe("idParam", () => {
  it("accepts plain positive ids and nothing else", () => {
    expect(idParam.parse("42")).toBe(42);
    expect(idParam.parse("2147483647")).toBe(2_147_483_647);
    for (const bad of ["", "0", "042", "-1", "1e3", "1.5", " 4", "2147483648", "abc"]) expect(idParam.safeParse(bad).success).toBe(false);
  });
});
