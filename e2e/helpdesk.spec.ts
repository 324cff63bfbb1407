import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, seed, signIn, test, user } from "./fixtures";
import { EMULATOR_PORT, PORTAL_PORT } from "./ports";

const PATTI = "patti.fernandez@contoso.example";
const HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
const CHECKS = ["Called back on the number in the directory", "Caller read the Key ID from the screen"];
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
const device = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
const keysOf = (name: string) => contoso.recoveryKeys.filter((k) => k.deviceId === device(name).deviceId);
const desktopKey = keysOf("ADELE-DESKTOP")[0]!;
const hybridKey = keysOf("CONTOSO-WS-0142")[0]!;

type AuditEvent = Record<string, unknown> & { ticket?: string };
const auditEvents = (): AuditEvent[] =>
  readFileSync(resolve(`.emulator/portal-${PORTAL_PORT}.log`), "utf8")
    .split("\n")
    .filter((line) => line.includes('"keydesk.audit"'))
    .map((line) => JSON.parse(line) as AuditEvent);

const ticketNumber = () => `INC${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

async function setRoles(upn: string, roleTemplateIds: string[]) {
  const response = await fetch(`http://localhost:${EMULATOR_PORT}/_emulator/users/${user(upn).id}/directory-roles`, {
    method: "PUT",
    body: JSON.stringify({ roleTemplateIds }),
  });
  expect(response.ok).toBe(true);
}

async function find(page: Page, fields: { keyId?: string; who?: string }) {
  await page.getByLabel("Recovery key ID (from the caller's screen)").fill(fields.keyId ?? "");
  await page.getByLabel("PC name or the person's sign-in name").fill(fields.who ?? "");
  await page.getByRole("button", { name: "Find", exact: true }).click();
}

async function verifyAndShow(page: Page, ticket: string, checks = CHECKS) {
  await page.getByLabel("Ticket number").fill(ticket);
  await page.getByLabel("Reason").selectOption("Forgot PIN");
  for (const check of checks) await page.getByLabel(check).check();
  await page.getByRole("button", { name: "Show the key" }).click();
}

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    label,
  ).toEqual([]);
}

// One agent's journeys in order: one of them takes her role away for a moment.
test.describe.configure({ mode: "serial" });

test.describe("the help-desk console, for an agent", () => {
  test("finds a PC by its full Key ID, verifies and records, reads the key block by block, with barcodes @desktop", async ({
    page,
  }) => {
    await signIn(page, PATTI, "/");
    await page.getByRole("link", { name: "Help-desk console: read a key to a caller" }).click();
    await expect(page).toHaveURL(/\/helpdesk$/);
    const response = await page.reload();
    expect(response?.headers()["cache-control"]).toContain("no-store");
    await expect(page.getByRole("heading", { level: 1, name: "Help-desk console" })).toBeVisible();

    const readBefore = Number(/\d+/.exec(await page.getByTestId("helpdesk-reveals").innerText())?.[0]);
    await find(page, { keyId: desktopKey.id.toUpperCase() });
    const result = page.getByTestId("helpdesk-device");
    await expect(result).toHaveCount(1);
    await expect(result.getByRole("heading", { name: "ADELE-DESKTOP" })).toBeVisible();
    await expect(result.getByTestId("helpdesk-person")).toContainText("adele.vance@contoso.example");
    await result.getByRole("button", { name: /Read key 310597A1 of ADELE-DESKTOP/ }).click();

    // Nothing until the ticket fits IT's pattern and every check is ticked.
    await verifyAndShow(page, "12345", CHECKS);
    await expect(page.getByTestId("helpdesk-error")).toHaveText(/does not have the format IT set/);
    const ticket = ticketNumber();
    await page.getByLabel("Ticket number").fill(ticket);
    await page.getByLabel(CHECKS[1]!).uncheck();
    await page.getByRole("button", { name: "Show the key" }).click();
    await expect(page.getByTestId("helpdesk-error")).toHaveText(/Tick every identity check/);
    await expect(page.getByTestId("helpdesk-key")).toHaveCount(0);
    await page.getByLabel(CHECKS[1]!).check();
    await page.getByRole("button", { name: "Show the key" }).click();

    const blocks = desktopKey.key.split("-");
    await expect(page.getByTestId("helpdesk-reveals")).toContainText(`You have read ${readBefore + 1} key`);
    await expect(page.getByTestId("key-block")).toHaveText(blocks);
    await expect(page.getByTestId("current-block")).toHaveText(blocks[0]!);
    await page.getByRole("button", { name: "Spell the digits" }).click();
    await expect(page.getByTestId("spelled-block")).toHaveText(
      Array.from(blocks[0]!)
        .map((d) => ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][Number(d)])
        .join(" · "),
    );
    await page.getByRole("button", { name: "Caller confirmed block 1" }).click();
    await expect(page.getByTestId("current-block")).toHaveText(blocks[1]!);

    await page.getByRole("button", { name: "Show barcode and QR code for a scanner" }).click();
    await expect(page.getByRole("img", { name: "The recovery key as a Code 128 barcode" })).toBeVisible();
    await expect(page.getByRole("img", { name: "The recovery key as a QR code" })).toBeVisible();
    expect(page.url()).not.toContain(desktopKey.key.slice(0, 6));

    await page.getByRole("button", { name: "Hide the key" }).click();
    await expect(page.getByTestId("helpdesk-key")).toHaveCount(0);
    await expect(page.getByTestId("helpdesk-hidden")).toHaveText(/The key is hidden/);
    await expect(page.getByTestId("barcode-code128")).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText(blocks[2]!);

    await expect.poll(() => auditEvents().filter((e) => e.ticket === ticket).length).toBe(1);
    const event = auditEvents().find((e) => e.ticket === ticket)!;
    expect(event).toMatchObject({
      event: "recovery_key.reveal",
      outcome: "success",
      accessMode: "helpdesk",
      actor: { userPrincipalName: PATTI, objectId: user(PATTI).id },
      target: { keyId: desktopKey.id, deviceId: device("ADELE-DESKTOP").deviceId },
      subject: {
        deviceName: "ADELE-DESKTOP",
        deviceId: device("ADELE-DESKTOP").deviceId,
        owner: { userPrincipalName: "adele.vance@contoso.example", relation: "owner" },
      },
      reason: "Forgot PIN",
      checks: CHECKS,
    });
    expect(JSON.stringify(event)).not.toContain(desktopKey.key);
  });

  test("finds PCs by name prefix, by the first 8 characters with the PC name, and by the person's sign-in name", async ({
    page,
  }) => {
    await signIn(page, PATTI, "/helpdesk");
    await find(page, { who: "adele-" });
    await expect(page.getByTestId("helpdesk-device").getByRole("heading")).toHaveText([
      "ADELE-LAPTOP",
      "ADELE-DESKTOP",
      "ADELE-SURFACE",
    ]);
    await expect(page.getByText("No recovery key is stored in Microsoft Entra ID for this PC.")).toBeVisible();

    // Typed as read from the screen: lower case, an O for a zero.
    const laptopKey = keysOf("ADELE-LAPTOP").at(-1)!;
    await find(page, { keyId: laptopKey.id.slice(0, 8).replace(/0/g, "O"), who: "ADELE-LAPTOP" });
    await expect(page.getByTestId("helpdesk-device")).toHaveCount(1);
    await expect(page.getByTestId("helpdesk-key-row")).toHaveCount(1);
    await expect(page.getByTestId("helpdesk-key-row")).toContainText(laptopKey.id.slice(0, 8).toUpperCase());

    // Two of Adele's keys share their first 8 characters: both are offered, with a warning.
    await find(page, { keyId: "310597A1", who: "ADELE-" });
    await expect(page.getByTestId("helpdesk-several")).toBeVisible();
    await expect(page.getByTestId("helpdesk-key-row")).toHaveCount(2);

    // A hybrid-joined PC has no owner: its registered user names it, and it is found through him.
    await find(page, { who: "Lee.Gu@contoso.example" });
    const hybrid = page.getByTestId("helpdesk-device");
    await expect(hybrid.getByRole("heading")).toHaveText(["CONTOSO-WS-0142"]);
    await expect(hybrid.getByTestId("helpdesk-person")).toContainText("registered user Lee Gu");
    await expect(hybrid.getByTestId("helpdesk-key-row")).toContainText(hybridKey.id.slice(0, 8).toUpperCase());
  });

  test("says clearly when nothing matches or the input is not usable", async ({ page }) => {
    await signIn(page, PATTI, "/helpdesk");
    await find(page, { who: "NO-SUCH-PC" });
    await expect(page.getByTestId("helpdesk-nothing")).toHaveText(
      /No PC in the directory has a name that starts like this/,
    );
    await find(page, { keyId: "00000000-0000-4000-8000-000000000000" });
    await expect(page.getByTestId("helpdesk-nothing")).toHaveText(/No key has this Recovery key ID/);
    await find(page, { keyId: "DEADBEEF", who: "ADELE-" });
    await expect(page.getByTestId("helpdesk-nothing")).toHaveText(
      /None of these PCs has a key whose ID starts like this/,
    );
    await find(page, { keyId: desktopKey.id.slice(0, 8) });
    await expect(page.getByTestId("helpdesk-search-error")).toHaveText(/add the PC name or the person's sign-in name/);
    await find(page, { who: "nobody@contoso.example" });
    await expect(page.getByTestId("helpdesk-nothing")).toHaveText(/No one in the directory has this sign-in name/);
  });

  test("a role removed mid-session: Graph refuses and the console says why, showing no key", async ({ page }) => {
    await signIn(page, PATTI, "/helpdesk");
    await find(page, { keyId: hybridKey.id });
    await page.getByRole("button", { name: /Read key/ }).click();
    await setRoles(PATTI, []);
    try {
      await verifyAndShow(page, ticketNumber());
      await expect(page.getByTestId("helpdesk-error")).toHaveText(/your role no longer allows reading it/);
      await expect(page.getByTestId("helpdesk-key")).toHaveCount(0);
    } finally {
      await setRoles(PATTI, [HELPDESK_ADMINISTRATOR]);
    }
  });

  test("every state of the console passes axe, light and dark @desktop", async ({ page }) => {
    await signIn(page, PATTI, "/helpdesk");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/helpdesk");
      await expectNoViolations(page, `empty console (${scheme})`);
      await find(page, { who: "ADELE-" });
      await expect(page.getByTestId("helpdesk-results")).toBeVisible();
      await expectNoViolations(page, `results (${scheme})`);
      await page.getByRole("button", { name: /Read key 310597A1 of ADELE-DESKTOP/ }).click();
      await page.getByRole("button", { name: "Show the key" }).click();
      await expect(page.getByTestId("helpdesk-error")).toBeVisible();
      await expectNoViolations(page, `verify with an error (${scheme})`);
      await verifyAndShow(page, ticketNumber());
      await page.getByRole("button", { name: "Spell the digits" }).click();
      await page.getByRole("button", { name: "Show barcode and QR code for a scanner" }).click();
      await expect(page.getByTestId("barcode-qr")).toBeVisible();
      await expectNoViolations(page, `key with barcodes (${scheme})`);
    }
  });
});

test.describe("the help-desk console, for everyone else", () => {
  for (const upn of ["grady.archie@contoso.example", "adele.vance@contoso.example"]) {
    test(`${upn.split("@")[0]} gets the normal 404 page for /helpdesk and below`, async ({ page }) => {
      await signIn(page, upn, "/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByTestId("console-link")).toHaveCount(0);
      for (const path of ["/helpdesk", "/helpdesk/anything"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Help-desk console");
        await expect(page).not.toHaveTitle(/Help-desk/);
      }
    });
  }
});
