import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { emulator, expect, revealAndCapture, seed, signIn, test, user } from "./fixtures";
import { PORTAL_PORT } from "./ports";

const ADELE = "adele.vance@contoso.example";
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
const device = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
const adeleDesktopKey = contoso.recoveryKeys.find((k) => k.deviceId === device("ADELE-DESKTOP").deviceId)!;
const meganKey = contoso.recoveryKeys.find((k) => k.deviceId === device("MEGAN-LAPTOP").deviceId)!;
const allKeys = seed.tenants.flatMap((t) => t.recoveryKeys.map((k) => k.key));
const variants = (key: string) => [key, key.replaceAll("-", "")];

test.describe("headers", () => {
  test("every page sends a nonce-based CSP and the other security headers", async ({ page }) => {
    for (const path of ["/signin", "/help"]) {
      const response = await page.request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/form-action 'self'[^;]*http:\/\/localhost:\d+/);
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(await response.text()).toContain(`nonce="${nonce}"`);
    }
  });

  test("signed-in pages are never stored, and the app runs under the CSP without violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page, ADELE);
    const response = await page.request.get("/devices");
    expect(response.headers()["cache-control"]).toMatch(/no-store/);
    await page.goto(`/keys/${adeleDesktopKey.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("keys and tokens stay where they belong", () => {
  test("after a full journey no key or token is in any page, payload, log or browser storage — except the one revealed key in its reveal response", async ({
    page,
    context,
  }) => {
    const bodies: { url: string; method: string; body: Promise<string> }[] = [];
    page.on("response", (r) =>
      bodies.push({ url: r.url(), method: r.request().method(), body: r.text().catch(() => "") }),
    );
    await signIn(page, ADELE);
    await page.getByLabel("Recovery key ID", { exact: true }).fill(adeleDesktopKey.id.slice(0, 12));
    await page.getByRole("button", { name: "Find my key" }).click();
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    await page.goto("/devices");
    await expect(page.getByTestId("device").first()).toBeVisible();

    const adele = user(ADELE);
    const tokens = (await emulator.tokens()).filter((t) => t.accountId === adele.id).map((t) => t.value);
    expect(tokens.length).toBeGreaterThan(0);
    const settled = await Promise.all(
      bodies.map(async (b) => ({
        ...b,
        text: await Promise.race([b.body, new Promise<string>((d) => setTimeout(() => d(""), 3000))]),
      })),
    );

    for (const { url, method, text } of settled) {
      for (const token of tokens) expect(text.includes(token), `token in ${method} ${url}`).toBe(false);
      for (const key of allKeys) {
        const found = variants(key).some((v) => text.includes(v));
        const allowed = key === adeleDesktopKey.key && method === "POST" && url.includes(`/keys/${adeleDesktopKey.id}`);
        if (found) expect(allowed, `key material in ${method} ${url}`).toBe(true);
      }
    }

    const storage = await page.evaluate(async () => {
      const idb = "indexedDB" in window && indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
      const cacheNames = "caches" in window ? await caches.keys() : [];
      return JSON.stringify({
        local: { ...localStorage },
        session: { ...sessionStorage },
        cookie: document.cookie,
        idb,
        cacheNames,
      });
    });
    const cookies = JSON.stringify(await context.cookies());
    for (const secret of [...tokens, ...allKeys.flatMap(variants)]) {
      expect(storage.includes(secret)).toBe(false);
      expect(cookies.includes(secret)).toBe(false);
    }

    const log = readFileSync(resolve(`.emulator/portal-${PORTAL_PORT}.log`), "utf8");
    expect(log).toContain('"event":"recovery_key.reveal"');
    for (const secret of [...tokens, ...allKeys.flatMap(variants)]) expect(log.includes(secret)).toBe(false);
  });
});

test.describe("sessions", () => {
  test("signing out removes every auth cookie, and Back shows no key", async ({ page, context }) => {
    await signIn(page, ADELE, `/keys/${adeleDesktopKey.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signed-out$/);
    await page.goBack();
    await expect(page.getByTestId("key-blocks")).toHaveCount(0);
    await page.reload();
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByTestId("key-blocks")).toHaveCount(0);
    // Only what Auth.js gives every visitor of the sign-in page may be left: its anti-forgery
    // token and the page to return to; neither names anyone. (`_session`/`_interaction` belong
    // to the emulated Entra, which shares the host name here.) Checked after a request: a
    // response in flight at sign-out may have put a renewed session cookie back, which the
    // next request finds signed out and deletes.
    const names = (await context.cookies()).map((c) => c.name).filter((name) => !/^_(session|interaction)/.test(name));
    expect(names.filter((name) => name !== "authjs.csrf-token" && name !== "authjs.callback-url")).toEqual([]);
  });

  test("Auth.js's own sign-out ends the session too: a copy of its cookie opens nothing", async ({
    page,
    context,
    browser,
  }) => {
    await signIn(page, ADELE, "/devices");
    const copy = await context.cookies();
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signedOut = await page.request.post("/api/auth/signout", {
      form: { csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(signedOut.status()).toBeLessThan(400);

    const replay = await browser.newContext();
    await replay.addCookies(copy);
    const replayed = await replay.newPage();
    await replayed.goto(`http://localhost:${PORTAL_PORT}/devices`);
    await expect(replayed).toHaveURL(/\/signin/);
    await expect(replayed.getByTestId("device")).toHaveCount(0);
    await replay.close();
  });

  test("a crafted callbackUrl cannot send a freshly signed-in user to another site", async ({ page }) => {
    await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
    await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
    await page.getByRole("link", { name: /adele\.vance/ }).click();
    await expect(page).toHaveURL(`http://localhost:${PORTAL_PORT}/`);
  });

  test("the idle warning offers to stay signed in before the session ends", async ({ page }) => {
    await page.clock.install();
    await signIn(page, ADELE, "/devices");
    await expect(page.getByTestId("session-warning")).toHaveCount(0);
    await page.clock.runFor(28.5 * 60_000);
    await expect(page.getByTestId("session-warning")).toContainText("signed out in");
    const renewed = page.waitForResponse((r) => r.url().endsWith("/api/auth/session"));
    await page.getByRole("button", { name: "Stay signed in" }).click();
    expect((await renewed).status()).toBe(200);
  });
});

test.describe("requests KeyDesk must refuse", () => {
  test("a server action posted from another origin is rejected", async ({ page }) => {
    const { headers, body } = await revealAndCapture(page);
    const forged = await page.request.post(`/keys/${adeleDesktopKey.id}`, {
      headers: { ...headers, origin: "https://evil.example" },
      data: body,
      failOnStatusCode: false,
    });
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    expect(await forged.text()).not.toContain(adeleDesktopKey.key);
  });

  test("a forged action payload for another user's key finds nothing", async ({ page }) => {
    const { headers, body } = await revealAndCapture(page);
    const forged = await page.request.post(`/keys/${adeleDesktopKey.id}`, {
      headers,
      data: body
        .replaceAll(adeleDesktopKey.id, meganKey.id)
        .replaceAll(adeleDesktopKey.deviceId, device("MEGAN-LAPTOP").deviceId),
    });
    const text = await forged.text();
    expect(text).toContain("not-found");
    expect(text).not.toContain(meganKey.key);
  });

  test("another user's device is not found", async ({ page }) => {
    await signIn(page, ADELE, `/devices/${device("MEGAN-LAPTOP").id}`);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
