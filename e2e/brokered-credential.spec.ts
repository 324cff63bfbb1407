import type { Page, Response } from "@playwright/test";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import type { RecordedCall, RecordedGrant } from "../emulators/state";
import { brokeredSettings, emulatorSettings } from "../scripts/portal-settings";
import { deviceNamed, keyOf, northwind, signInTo } from "./brokered-fixtures";
import { expect, seed, test } from "./fixtures";
import { BROKEN_APP_EMULATOR_PORT, BROKEN_APP_PORT } from "./ports";

/**
 * The brokered Northwind portal whose application secret has expired (playwright.config.ts):
 * Entra refuses KeyDesk's client-credentials request with 401 invalid_client, AADSTS7000222.
 * Sign-in is delegated and still works; every key read must end at the help desk, never at a
 * crash or at the person's own token.
 */
const ISAIAH = "isaiah.langer@northwind.example";
const JOHANNA = "johanna.lorenz@northwind.example";
const PRADEEP = "pradeep.gupta@northwind.example";
const oid = (upn: string) => northwind.users.find((u) => u.userPrincipalName === upn)!.id;
const control = `http://localhost:${BROKEN_APP_EMULATOR_PORT}/_emulator`;
const { clientSecret, expiredClientSecret } = seed.application;

type Catalogue = Record<string, string>;
const catalogue = (locale: string): Catalogue => ({
  ...(JSON.parse(readFileSync(resolve(`messages/${locale}/portal.json`), "utf8")) as Catalogue),
  ...(JSON.parse(readFileSync(resolve(`messages/${locale}/help.json`), "utf8")) as Catalogue),
});
const en = catalogue("en");
const de = catalogue("de");

const portalLog = () => readFileSync(resolve(`.emulator/portal-${BROKEN_APP_PORT}.log`), "utf8");

/** IT's `graph_failure` lines for one person's requests. */
const failureLines = (upn: string) =>
  portalLog()
    .split("\n")
    .filter((line) => line.includes('"event":"graph_failure"'))
    .map((line) => JSON.parse(line) as Record<string, string | null>)
    .filter((line) => line.oid === oid(upn));

/** IT's log holds Entra's reason, never a secret, and no crash (Next.js marks an unhandled error with ⨯). */
function expectLogWithoutSecretsOrCrashes() {
  const log = portalLog();
  for (const secret of [expiredClientSecret, clientSecret]) expect(log).not.toContain(secret);
  const unstructured = log.split("\n").filter((line) => !line.startsWith("{"));
  expect(unstructured.filter((line) => /⨯|Error\b/.test(line))).toEqual([]);
}

const graphCalls = async () => (await (await fetch(`${control}/calls`)).json()) as RecordedCall[];
const tokenRequests = async () =>
  ((await (await fetch(`${control}/grants`)).json()) as RecordedGrant[]).filter(
    (grant) => grant.grantType === "client_credentials",
  );

/** The header set every HTML page carries, a failure page included. */
function expectPageHeaders(response: Response | null) {
  const headers = response?.headers() ?? {};
  expect(headers["content-type"]).toContain("text/html");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
}

/** The app-credential notice in the person's language, followed by the help desk to call. */
async function expectHelpdeskNotice(page: Page, messages: Catalogue) {
  const notice = page.getByTestId("failure");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(messages["failure.appCredential.title"]!);
  await expect(notice).toContainText(messages["failure.appCredential.body"]!);
  await expect(page.getByRole("link", { name: messages["failure.retry"] })).toHaveCount(0);
  const desk = page.getByTestId("helpdesk");
  await expect(desk).toHaveCount(1);
  await expect(desk.getByRole("heading")).toHaveText(
    messages["help.helpdesk.headingOrg"]!.replace("{org}", "Northwind Traders"),
  );
  await expect(desk.getByRole("link", { name: "+1 555 0100" })).toBeVisible();
}

/** The reveal server action's id in the build this portal runs: what "Show recovery key" sends. */
function revealActionId(): string {
  const manifest = JSON.parse(readFileSync(resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === "lib/portal/reveal.ts" && action.exportedName === "revealRecoveryKey",
  );
  if (!found) throw new Error("no revealRecoveryKey in the build's server actions");
  return found[0];
}

test.describe("brokered key access with an expired application secret, on a phone", () => {
  test("sign-in works; the landing page, the device list and a device send the person to the help desk, and IT gets one line per page with Entra's reason", async ({
    page,
  }) => {
    await signInTo(page, ISAIAH);
    await expectHelpdeskNotice(page, en);

    for (const path of ["/devices", `/devices/${deviceNamed("ISAIAH-LAPTOP").id}`]) {
      const response = await page.goto(path);
      // The page is the answer (docs/security.md): a complete page with the help desk, like every Graph failure.
      expect(response?.status(), path).toBe(200);
      expectPageHeaders(response);
      await expectHelpdeskNotice(page, en);
      await expect(page.getByTestId("device")).toHaveCount(0);
      // Still a page with its one heading, which a screen reader jumps to first.
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    }

    // One line per page viewed, each naming Entra's refusal and the ids Microsoft support asks for.
    await expect
      .poll(() => failureLines(ISAIAH).map((line) => line.operation))
      .toEqual(["list_granted_devices", "list_owned_devices", "list_owned_devices"]);
    for (const line of failureLines(ISAIAH)) {
      expect(line).toMatchObject({ kind: "app-credential", fix: "KEY_ACCESS=brokered: run `npm run doctor`" });
      expect(line.detail).toMatch(
        new RegExp(`AADSTS7000222: The provided client secret keys for app '${seed.application.clientId}' are expired`),
      );
      expect(line.detail).toMatch(/Trace ID: [0-9a-f-]{36}, Correlation ID: [0-9a-f-]{36}/);
    }
    expectLogWithoutSecretsOrCrashes();
    // Entra was asked, and refused as Entra does; no other way to Graph was tried.
    const refused = await tokenRequests();
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((grant) => grant.status === 401 && grant.error === "invalid_client")).toBe(true);
  });

  test("the Key ID lookup and the key page name the help desk and the Key ID to quote; a reveal sent anyway reads nothing", async ({
    page,
  }) => {
    const key = keyOf("PRADEEP-LAPTOP");
    await signInTo(page, PRADEEP);
    await page.getByLabel("Recovery key ID", { exact: true }).fill(key.id.slice(0, 8).toUpperCase());
    await page.getByRole("button", { name: "Find my key" }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?keyId=${key.id.slice(0, 8)}`, "i"));
    await expectHelpdeskNotice(page, en);

    const response = await page.goto(`/keys/${key.id}`);
    expect(response?.status()).toBe(200);
    expectPageHeaders(response);
    await expectHelpdeskNotice(page, en);
    await expect(page.getByTestId("helpdesk")).toContainText(key.id.toUpperCase());
    await expect(page.getByRole("button", { name: "Show recovery key" })).toHaveCount(0);

    // A key page opened before the secret expired still sends "Show recovery key": the same action.
    const reveal = await page.request.post(`/keys/${key.id}`, {
      headers: {
        "next-action": revealActionId(),
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        origin: `http://localhost:${BROKEN_APP_PORT}`,
      },
      data: JSON.stringify([{ keyId: key.id, noticeAccepted: true }]),
    });
    expect(reveal.status()).toBe(200);
    const answer = await reveal.text();
    expect(answer).toContain('"ok":false,"error":"app-credential"');
    expect(answer).not.toContain(key.key);

    await expect
      .poll(() => failureLines(PRADEEP).map((line) => line.operation))
      .toEqual(["list_granted_devices", "lookup", "get_key", "read_recovery_key"]);
    expectLogWithoutSecretsOrCrashes();
    const audit = portalLog()
      .split("\n")
      .filter((line) => line.includes('"keydesk.audit"') && line.includes(oid(PRADEEP)))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(audit).toMatchObject([
      { event: "recovery_key.reveal", outcome: "error", accessMode: "brokered", target: { keyId: key.id } },
    ]);
    // No key was asked of Graph by anyone: not with an application token (there is none), not with
    // Pradeep's own token (brokered mode never falls back to delegated).
    const keyReads = (await graphCalls()).filter((call) => call.path.includes("/bitlocker/recoveryKeys"));
    expect(keyReads).toEqual([]);
    const own = (await graphCalls()).filter((call) => call.userPrincipalName === PRADEEP);
    expect(own.every((call) => call.path.startsWith("/v1.0/me/"))).toBe(true);
  });

  test.describe("for a person whose browser asks for German", () => {
    test.use({ locale: "de-DE" });

    test("the same help-desk notice, in German, on the landing page and the key page", async ({ page }) => {
      const key = keyOf("NW-PC-0317");
      await page.goto("/signin?callbackUrl=%2F");
      await page.getByRole("button", { name: de["signin.button"] }).click();
      await page.getByRole("button", { name: new RegExp(JOHANNA.replace(/[.]/g, "\\.")) }).click();
      await expect(page).toHaveURL(`http://localhost:${BROKEN_APP_PORT}/`);
      await expect(page.locator("html")).toHaveAttribute("lang", "de");
      await expectHelpdeskNotice(page, de);
      const response = await page.goto(`/keys/${key.id}`);
      expect(response?.status()).toBe(200);
      await expectHelpdeskNotice(page, de);
      await expect(page.getByTestId("helpdesk")).toContainText(key.id.toUpperCase());
    });
  });

  test("readiness stays ready, as a restart cannot fix a credential; the doctor names Entra's refusal", async ({
    request,
  }) => {
    // Taking every instance out of the load balancer would replace the help-desk message with a
    // gateway error (docs/deploy.md): readiness checks only what a restart or the network can fix.
    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);

    // IT runs the doctor with the portal's own settings: it names Entra's refusal and the fix.
    const issuerOrigin = `https://localhost:${BROKEN_APP_EMULATOR_PORT + 1}`;
    const settings = {
      ...emulatorSettings({
        seed,
        portalUrl: `http://localhost:${BROKEN_APP_PORT}`,
        issuerOrigin,
        graphOrigin: `https://localhost:${BROKEN_APP_EMULATOR_PORT + 2}`,
        caFile: resolve(`.emulator/ca-${BROKEN_APP_EMULATOR_PORT}.pem`),
      }),
      // As the portal got them: the client secret, and no certificate (which would come first).
      ...Object.fromEntries(
        Object.entries(brokeredSettings({ seed, issuerOrigin, certificateFile: "" })).filter(
          ([name]) => name !== "GRAPH_APP_CERTIFICATE_PATH",
        ),
      ),
      GRAPH_APP_CLIENT_SECRET: expiredClientSecret,
    };
    const doctor = await promisify(execFile)("npx", ["tsx", "scripts/doctor.ts", "--env-file", "/dev/null"], {
      env: { ...process.env, ...settings },
    }).catch((failed: { stdout: string; code: number }) => failed);
    expect("code" in doctor ? doctor.code : 0).toBe(1);
    expect(doctor.stdout).toMatch(/✖ KeyDesk's application \(.+, secret\) got no token from .+: AADSTS7000222: /);
    expect(doctor.stdout).toContain("Create a new client secret");
    expect(doctor.stdout).not.toContain(expiredClientSecret);
  });
});
