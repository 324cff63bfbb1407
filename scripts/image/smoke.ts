/**
 * The smoke journey `npm run test:image` runs against the assembled image: what an operator's
 * probes and a person's first visit touch, through a real Chromium and the emulated Entra sign-in.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, expect, type Page } from "@playwright/test";

export type SmokeKey = { id: string; key: string };

async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const result = await action();
    console.log(`[test:image]   ✔ ${name} (${Date.now() - started} ms)`);
    return result;
  } catch (error) {
    throw new Error(`smoke journey failed at "${name}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function expectStatus(url: string, status: number): Promise<void> {
  const response = await fetch(url);
  if (response.status !== status) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
}

export async function smokeJourney(options: {
  portalUrl: string;
  chromiumPath: string;
  upn: string;
  key: SmokeKey;
  /** Where a screenshot of a failed journey goes. */
  failureDir: string;
}): Promise<void> {
  const { portalUrl, upn, key } = options;
  await step("GET /api/health answers 200", () => expectStatus(`${portalUrl}/api/health`, 200));
  await step("GET /api/ready answers 200 (settings valid, issuer reachable)", () =>
    expectStatus(`${portalUrl}/api/ready`, 200),
  );

  const browser = await chromium.launch({ executablePath: options.chromiumPath, headless: true });
  let page: Page | undefined;
  let lastDocument = "none";
  try {
    const context = await browser.newContext({ baseURL: portalUrl, locale: "en-US" });
    page = await context.newPage();
    const p = page;
    // The standalone output holds no static files: only the image's own COPY brings the page's
    // scripts and styles, and a missing one breaks the reveal button silently.
    const staticFiles: { url: string; status: number }[] = [];
    p.on("response", (r) => {
      if (r.url().includes("/_next/static/")) staticFiles.push({ url: r.url(), status: r.status() });
      if (r.request().isNavigationRequest() && r.frame() === p.mainFrame())
        lastDocument = `${r.status()} for ${r.request().method()} ${r.url()}`;
    });

    await step(`sign-in as ${upn} through the emulated Entra ID`, async () => {
      await p.goto("/");
      await expect(p).toHaveURL(/\/signin/);
      await p.getByRole("button", { name: "Sign in with Microsoft" }).click();
      await p.getByRole("link", { name: new RegExp(upn.replace(/[.]/g, "\\.")) }).click();
      await p.waitForURL((url) => url.origin === portalUrl && !url.pathname.startsWith("/signin"));
    });
    await step(`Key ID lookup ${key.id.slice(0, 8).toUpperCase()}`, async () => {
      await p.getByLabel("Recovery key ID", { exact: true }).fill(key.id.slice(0, 8).toUpperCase());
      await p.getByRole("button", { name: "Find my key" }).click();
      await expect(p).toHaveURL(new RegExp(`/keys/${key.id}(\\?typed=[0-9A-F]+)?$`));
    });
    await step("reveal the recovery key", async () => {
      await p.getByRole("button", { name: "Show recovery key" }).click();
      await expect(p.getByTestId("key-block")).toHaveText(key.key.split("-"));
    });
    await step("sign-out", async () => {
      const sessionCookies = async () =>
        (await context.cookies(portalUrl)).filter((c) => c.name.includes("session-token")).length;
      await p.getByRole("button", { name: "Sign out" }).click();
      await expect.poll(sessionCookies, { message: "session cookie still set after sign-out" }).toBe(0);
      await p.goto("/devices");
      await expect(p).toHaveURL(/\/signin/);
    });
    await step("scripts and styles served from .next/static", async () => {
      const failed = staticFiles.filter((f) => f.status >= 400);
      if (staticFiles.length === 0 || failed.length > 0)
        throw new Error(
          `${staticFiles.length} requested, failed: ${failed.map((f) => `${f.status} ${f.url}`).join(", ")}`,
        );
    });
  } catch (error) {
    if (error instanceof Error) error.message += `\n  last page loaded: ${lastDocument}`;
    if (page) {
      mkdirSync(options.failureDir, { recursive: true });
      const file = join(options.failureDir, "test-image-failure.png");
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`[test:image] screenshot of the failed page: ${file}`);
    }
    throw error;
  } finally {
    await browser.close();
  }
}
