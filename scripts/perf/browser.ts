/**
 * Real browser journeys for the measuring scripts: sign in through the emulated Entra account
 * picker to get a session cookie, and capture one real reveal server-action request to replay.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import type { Seed } from "../../emulators/seed/types";
import { chromiumTool } from "../tools";
import { onCleanup, root } from "./stack";

export const chromiumPath = chromiumTool().path;
export const seed = JSON.parse(readFileSync(join(root, "emulators/seed/tenants.json"), "utf8")) as Seed;

/**
 * The first recovery key of a device the user is the registered owner of — or, for brokered
 * access, its Intune primary user (a hybrid-joined PC has no owner).
 */
export function ownKey(upn: string): { keyId: string; deviceId: string } {
  for (const tenant of seed.tenants) {
    const user = tenant.users.find((u) => u.userPrincipalName === upn);
    if (!user) continue;
    const primary = new Set(
      (tenant.managedDevices ?? []).filter((m) => m.userId === user.id).map((m) => m.azureADDeviceId),
    );
    const mine = tenant.devices.filter((d) => d.registeredOwners.includes(user.id) || primary.has(d.deviceId));
    for (const device of mine) {
      const key = tenant.recoveryKeys.find((k) => k.deviceId === device.deviceId);
      if (key) return { keyId: key.id, deviceId: key.deviceId };
    }
  }
  throw new Error(`${upn} owns no device with a recovery key in the seed`);
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  onCleanup(() => browser.close());
  return browser;
}

/** Signs `upn` in through "Sign in with Microsoft" and the emulated account picker. */
export async function signIn(browser: Browser, portalUrl: string, upn: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: portalUrl, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/signin?callbackUrl=%2F");
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  // The multi-tenant picker lists accounts as links, a tenant's own picker (brokered) as buttons.
  const account = new RegExp(upn.replace(/[.]/g, "\\."));
  await page
    .getByRole("link", { name: account })
    .or(page.getByRole("button", { name: account }))
    .click();
  await page.waitForURL((url) => url.origin === portalUrl && !url.pathname.startsWith("/signin"), { timeout: 30_000 });
  await page.close();
  return context;
}

/**
 * The Cookie header a browser sends to the portal after sign-in: every cookie it holds for it
 * (the session, and Auth.js's CSRF and callback cookies), as a returning visitor's browser would.
 */
export async function portalCookies(context: BrowserContext, portalUrl: string): Promise<string> {
  const cookies = await context.cookies(`${portalUrl}/devices`);
  if (!cookies.some((c) => c.name.startsWith("authjs.session-token")))
    throw new Error("no authjs.session-token cookie after sign-in");
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

export type CapturedAction = { path: string; headers: Record<string, string>; body: string };

/** Headers of a browser request that a replay must not copy (the replay sets its own). */
const NOT_REPLAYED = new Set(["cookie", "host", "content-length", "connection"]);

/** Presses "Show recovery key" on the key page and records the server-action POST it sends. */
export async function captureReveal(context: BrowserContext, keyId: string): Promise<CapturedAction> {
  const page = await context.newPage();
  let captured: CapturedAction | null = null;
  await page.route("**/keys/**", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && !captured) {
      const headers = Object.fromEntries(
        Object.entries(await request.allHeaders()).filter(([name]) => !NOT_REPLAYED.has(name) && !name.startsWith(":")),
      );
      captured = { path: new URL(request.url()).pathname, headers, body: request.postData() ?? "" };
    }
    await route.fallback();
  });
  await page.goto(`/keys/${keyId}`);
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await page.getByTestId("key-blocks").waitFor({ timeout: 30_000 });
  await page.close();
  const action = captured as CapturedAction | null;
  if (!action?.headers["next-action"]) throw new Error("the reveal did not send a server-action request");
  return action;
}
