import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { captureActions, expect, seed, signIn, test, user } from "./fixtures";
import { STEP_UP_EMULATOR_PORT, STEP_UP_MAX_AUTH_AGE_MINUTES, STEP_UP_PORTAL_PORT } from "./ports";

/**
 * IT's step-up before a reveal, on the portal started with REVEAL_AUTH_CONTEXT=c1 and
 * REVEAL_MAX_AUTH_AGE_MINUTES (playwright.config.ts), which has emulators of its own — so this
 * file may change their settings and rotate keys without disturbing the other journeys.
 */
const ADELE = "adele.vance@contoso.example";
const contoso = user(ADELE).tenant;
const desktop = contoso.devices.find((d) => d.displayName === "ADELE-DESKTOP")!;
const desktopKey = contoso.recoveryKeys.find((k) => k.deviceId === desktop.deviceId)!;
const keyPath = `/keys/${desktopKey.id}`;
const control = `http://localhost:${STEP_UP_EMULATOR_PORT}/_emulator`;
const STEP_UP_CLAIMS = { id_token: { acrs: { essential: true, value: "c1" } } };

const emulator = (method: string, path: string, body?: unknown) =>
  fetch(`${control}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

test.afterEach(async () => {
  await emulator("POST", "/reset");
});

/** The authorization request the browser is sent to next, as Entra would receive it. */
function nextAuthorizeRequest(page: Page) {
  return page
    .waitForRequest((r) => /\/oauth2\/v2\.0\/authorize\?/.test(r.url()))
    .then((r) => new URL(r.url()).searchParams);
}

/** "Verify it's you" through the emulated Entra: the account picker, then its verify step. */
async function verifyItsYou(page: Page) {
  const authorize = nextAuthorizeRequest(page);
  await page.getByRole("link", { name: "Verify it's you" }).click();
  const params = await authorize;
  await page.getByRole("link", { name: new RegExp(ADELE.replace(/[.]/g, "\\.")) }).click();
  await expect(page.getByRole("heading", { name: "Verify your identity" })).toBeVisible();
  await page.getByRole("button", { name: /^Verify/ }).click();
  await expect(page).toHaveURL(new RegExp(`${keyPath}$`));
  return params;
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const auditEvents = () =>
  readFileSync(resolve(`.emulator/portal-${STEP_UP_PORTAL_PORT}.log`), "utf8")
    .split("\n")
    .filter((line) => line.includes('"keydesk.audit"'))
    .map((line) => JSON.parse(line) as Record<string, unknown> & { client: { userAgent: string } });

test("a reveal waits for the verify step IT asks for, then shows the key on the same page", async ({ page }) => {
  await signIn(page, ADELE, keyPath);
  await expect(page).toHaveURL(new RegExp(`${keyPath}$`));
  await expect(page.getByRole("heading", { name: "Confirm it's you first" })).toBeVisible();
  await expect(page.getByTestId("step-up")).toContainText("extra check");
  await expect(page.getByRole("button", { name: "Show recovery key" })).toHaveCount(0);
  await expectAccessible(page);

  const params = await verifyItsYou(page);
  expect(JSON.parse(params.get("claims") ?? "null")).toEqual(STEP_UP_CLAIMS);
  expect(params.get("prompt")).not.toBe("login");
  expect(params.get("login_hint")).toBe(ADELE);

  await expect(page.getByTestId("step-up")).toHaveCount(0);
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByTestId("key-blocks")).toBeVisible();
  const marker = await page.evaluate(() => navigator.userAgent);
  await expect
    .poll(() =>
      auditEvents()
        .filter((e) => e.event === "recovery_key.reveal" && e.client.userAgent === marker)
        .at(-1),
    )
    .toMatchObject({ outcome: "success", authContext: "c1", target: { keyId: desktopKey.id } });
});

test("a sign-in older than IT allows is sent to sign in again before the key is shown", async ({ page }) => {
  // Entra reuses a browser session from two hours ago: the id token's auth_time says so.
  await emulator("PATCH", "/config", { ssoSessionAgeSeconds: 7200 });
  await signIn(page, ADELE, keyPath);
  await expect(page.getByTestId("step-up")).toContainText(
    `You signed in more than ${STEP_UP_MAX_AUTH_AGE_MINUTES} minutes ago`,
  );
  await expect(page.getByRole("button", { name: "Show recovery key" })).toHaveCount(0);

  const params = await verifyItsYou(page);
  expect(params.get("prompt")).toBe("login");
  expect(JSON.parse(params.get("claims") ?? "null")).toEqual(STEP_UP_CLAIMS);

  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByTestId("key-blocks")).toBeVisible();
});

test("'Verify it's you' works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: `http://localhost:${STEP_UP_PORTAL_PORT}`,
    javaScriptEnabled: false,
    viewport: { width: 360, height: 780 },
  });
  const page = await context.newPage();
  await signIn(page, ADELE, keyPath);
  await expect(page.getByTestId("step-up")).toBeVisible();
  const params = await verifyItsYou(page);
  expect(JSON.parse(params.get("claims") ?? "null")).toEqual(STEP_UP_CLAIMS);
  // Back on the key, which now only needs the button (and so JavaScript) to be shown.
  await expect(page.getByTestId("step-up")).toHaveCount(0);
  await expect(page.getByTestId("reveal-noscript")).toBeVisible();
  await context.close();
});

test("the reveal action itself refuses a sign-in without the step-up", async ({ page, browser }) => {
  await signIn(page, ADELE, keyPath);
  await verifyItsYou(page);
  const captured = await captureActions(page, `**${keyPath}`);
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByTestId("key-blocks")).toBeVisible();

  // The same request, from a session that signed in without the verify step.
  const other = await browser.newContext({ baseURL: `http://localhost:${STEP_UP_PORTAL_PORT}` });
  const plain = await other.newPage();
  await signIn(plain, ADELE, keyPath);
  const headers = { ...captured[0]!.headers };
  delete headers.cookie;
  const answer = await plain.request.post(keyPath, { headers, data: captured[0]!.body });
  const text = await answer.text();
  expect(text).toContain("step-up-required");
  expect(text).not.toContain(desktopKey.key);
  await other.close();
});

test("after a reveal, the key page says when Windows has replaced the key", async ({ page }) => {
  await signIn(page, ADELE, keyPath);
  await verifyItsYou(page);
  const recorded = page.waitForResponse((r) => r.url().endsWith("/api/reveal-record"));
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByTestId("key-blocks")).toBeVisible();
  expect((await recorded).status()).toBe(204);
  await expect(page.getByTestId("replaced-after-reveal")).toHaveCount(0);

  // Windows started with the key; Intune rotates it and the new key is backed up a moment later.
  await emulator("PATCH", "/config", { rotationDelayMs: 1500 });
  const newKeyId = await rotateAndWait(desktop.deviceId);

  // The person comes back to the page on the phone.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  const notice = page.getByTestId("replaced-after-reveal");
  await expect(notice).toContainText("Windows has replaced this key");
  await expect(notice).toContainText("This key no longer works");
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByTestId("replaced-after-reveal")).toBeVisible();
  await expect(page.getByTestId("superseded")).toHaveCount(0);
  await page.getByRole("link", { name: "Show the newest key" }).click();
  await expect(page).toHaveURL(new RegExp(`/keys/${newKeyId}$`));
  // The new key was never revealed here: no notice on its page.
  await expect(page.getByTestId("key-id")).toBeVisible();
  await expect(page.getByTestId("replaced-after-reveal")).toHaveCount(0);
});

/** Asks Intune (the emulated beta API, with KeyDesk's app identity) to rotate, and returns the new key's id. */
async function rotateAndWait(deviceId: string): Promise<string> {
  const managed = contoso.managedDevices!.find((d) => d.azureADDeviceId === deviceId)!;
  const token = await graphAppToken();
  const rotated = await emulatedHttps(
    STEP_UP_EMULATOR_PORT + 2,
    `/beta/deviceManagement/managedDevices/${managed.id}/rotateBitLockerKeys`,
    "POST",
    { authorization: `Bearer ${token}`, "user-agent": "KeyDesk e2e" },
  );
  expect(rotated.status).toBe(204);
  const list = () =>
    emulatedHttps(
      STEP_UP_EMULATOR_PORT + 2,
      `/v1.0/informationProtection/bitlocker/recoveryKeys?$filter=${encodeURIComponent(`deviceId eq '${deviceId}'`)}`,
      "GET",
      { authorization: `Bearer ${token}`, "user-agent": "KeyDesk e2e" },
    ).then((r) => (JSON.parse(r.body) as { value: { id: string }[] }).value.map((k) => k.id));
  await expect.poll(async () => (await list()).length).toBe(2);
  return (await list()).find((id) => id !== desktopKey.id)!;
}

async function graphAppToken(): Promise<string> {
  const { clientId, clientSecret } = seed.application;
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: clientId,
    client_secret: clientSecret,
    scope: "https://graph.microsoft.com/.default",
  }).toString();
  const answer = await emulatedHttps(
    STEP_UP_EMULATOR_PORT + 1,
    `/${contoso.id}/oauth2/v2.0/token`,
    "POST",
    { "content-type": "application/x-www-form-urlencoded" },
    form,
  );
  return (JSON.parse(answer.body) as { access_token: string }).access_token;
}

/** The emulators' server-to-server endpoints are HTTPS with the stack's throw-away CA. */
function emulatedHttps(
  port: number,
  path: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  const ca = readFileSync(resolve(`.emulator/ca-${STEP_UP_EMULATOR_PORT}.pem`));
  return new Promise((done, fail) => {
    const req = httpsRequest({ host: "localhost", port, path, method, headers, ca }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      res.on("end", () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", fail);
    req.end(body);
  });
}
