import { expect, test } from "./support/test";
import { signIn } from "./support/accounts";

const ARTICLE = "/posts/university-team-grows-seagrass-in-harbour-mud";

test.describe("security headers", () => {
  test("every page script carries this response's CSP nonce, different each time", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of ["/", ARTICLE, ARTICLE, "/sign-in"]) {
      const response = await request.get(path);
      const policy = response.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce, `CSP nonce on ${path}`).toBeTruthy();
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const html = await response.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      expect(response.headers().etag).toBeUndefined();
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(4);
  });

  test("responses carry the other protective headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("pages run under the policy without violations, and the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page, "reader@example.com");
    await page.goto(ARTICLE);
    // The header's signed-in state is filled in by client script on a cached page.
    await expect(page.getByRole("banner").getByText("Signed in as Priya Nair")).toBeVisible();
    await page.getByRole("link", { name: "Science", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Science" })).toBeVisible();
    expect(violations).toEqual([]);

    const session = (await context.cookies()).find((cookie) => cookie.name.includes("session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });

  test("responses are compressed for clients that accept it", async ({ request }) => {
    const response = await request.get(ARTICLE, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers()["content-encoding"]).toBe("gzip");
    expect(await response.text()).toContain("University team grows seagrass");
  });
});
