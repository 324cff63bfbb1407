import type { Locator, Page } from "@playwright/test";
import { expect, seed, test } from "./fixtures";
import { PORTAL_PORT } from "./ports";

/** The portal's own address, as the stack sets AUTH_URL for the tests. */
const PORTAL = `http://localhost:${PORTAL_PORT}`;
const PAGES = [
  { title: "Register the app in Entra ID", path: "/it/register-app" },
  { title: "Configuration", path: "/it/configuration" },
  { title: "Link KeyDesk from the lockout screen", path: "/it/lockout-screen" },
];

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The text of the copyable value under `label` inside a section. */
function valueIn(section: Locator, label: string): Locator {
  return section
    .getByRole("figure")
    .filter({ has: section.page().getByText(label, { exact: true }) })
    .locator("code");
}

test.describe("the For IT pages", () => {
  test("are reachable signed out, one after the other, from /it @desktop", async ({ page }) => {
    await page.goto("/it");
    await expect(page.getByRole("heading", { level: 1, name: "KeyDesk for IT" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    for (const { title, path } of PAGES) {
      await page.getByRole("link", { name: new RegExp(`^\\d\\. ${title}`) }).click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.getByRole("main").getByRole("link", { name: "For IT" }).click();
      await expect(page).toHaveURL("/it");
    }
  });

  test("the lockout-screen generator fills the GPO and CSP values with this portal's address @desktop", async ({
    page,
  }) => {
    await page.goto("/it/lockout-screen");
    const gpo = page.getByRole("region", { name: "Group Policy" });
    const csp = page.getByRole("region", { name: /OMA-URI/ });
    await expect(gpo.getByText("Operating System Drives", { exact: true })).toBeVisible();
    await expect(valueIn(gpo, "Custom recovery message option:")).toContainText(`open ${PORTAL}, sign in`);
    await expect(valueIn(csp, "OMA-URI")).toHaveText("./Device/Vendor/MSFT/BitLocker/SystemDrivesRecoveryMessage");
    const value = valueIn(csp, "Value");
    await expect(value).toContainText(
      '<enabled/><data id="PrebootRecoveryInfoDropDown_Name" value="2"/><data id="RecoveryMessage_Input" value="Locked out?',
    );
    await expect(value).toContainText(`<data id="RecoveryUrl_Input" value="${PORTAL}"/>`);
    await expect(page.getByRole("group", { name: /Preview of the BitLocker recovery screen/ })).toContainText(
      `open ${PORTAL}`,
    );
    await expectNoHorizontalScroll(page);
  });

  test("editing the message regenerates the values, and more than 900 characters is refused with a message", async ({
    page,
  }) => {
    await page.goto("/it/lockout-screen");
    const message = page.getByLabel("Custom recovery message", { exact: true });
    const csp = page.getByRole("region", { name: /OMA-URI/ });

    const text = `Locked out? Open ${PORTAL} & type the key ID. Call 0100.`;
    await message.fill(text);
    await page.getByRole("button", { name: "Update the values" }).click();
    await expect(valueIn(csp, "Value")).toContainText(
      `<data id="RecoveryMessage_Input" value="Locked out? Open ${PORTAL} &amp; type the key ID. Call 0100."/>`,
    );
    await expect(
      valueIn(page.getByRole("region", { name: "Group Policy" }), "Custom recovery message option:"),
    ).toHaveText(`Locked out? Open ${PORTAL} & type the key ID. Call 0100.`);
    await expect(page.getByText(`${text.length} of 900 characters`)).toBeVisible();

    await page.getByLabel("Custom recovery message", { exact: true }).fill("x".repeat(901));
    await page.getByLabel("Custom recovery URL", { exact: true }).press("Enter");
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "The message has 901 characters; Windows accepts at most 900. Shorten it by 1.",
    );
    await expect(page.getByLabel("Custom recovery message", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(csp.getByText("<enabled/>")).toHaveCount(0);
    await expectNoHorizontalScroll(page);
  });

  test("choosing the URL option puts the address itself into the policy", async ({ page }) => {
    await page.goto("/it/lockout-screen");
    await page.getByLabel(/Windows' own message/).check();
    await page.getByLabel("Custom recovery URL", { exact: true }).fill("https://keys.contoso.com");
    await page.getByRole("button", { name: "Update the values" }).click();
    const gpo = page.getByRole("region", { name: "Group Policy" });
    await expect(gpo.getByText("Use custom recovery URL", { exact: true })).toBeVisible();
    await expect(valueIn(gpo, "Custom recovery URL option:")).toHaveText("https://keys.contoso.com");
    await expect(valueIn(page.getByRole("region", { name: /OMA-URI/ }), "Value")).toContainText('value="3"');
    await expect(page.getByRole("region", { name: "A short address people can type" })).toContainText(
      "keys.contoso.com (16 characters)",
    );
  });

  test("Intune's Settings catalog is offered next to the custom OMA-URI, with the same values", async ({ page }) => {
    await page.goto("/it/lockout-screen");
    const catalog = page.getByRole("region", { name: "Intune: Settings catalog" });
    await expect(catalog).toContainText("Settings catalog");
    await expect(catalog).toContainText("Configure pre-boot recovery message and URL");
    await expect(valueIn(catalog, "Custom recovery message option:")).toContainText(`open ${PORTAL}, sign in`);
    await expect(page.getByRole("region", { name: /OMA-URI/ })).toBeVisible();
  });

  test("forcing recovery on a test PC comes with Microsoft's warning and the way back", async ({ page }) => {
    await page.goto("/it/lockout-screen");
    const trial = page.getByRole("region", { name: "Try it on one PC" });
    const warning = trial.getByRole("note");
    await expect(warning).toContainText("deletes the drive's TPM protectors");
    await expect(warning).toContainText("Surface");
    await expect(trial.locator("code").first()).toHaveText("manage-bde -forcerecovery C:");
    await expect(trial.locator("code").nth(1)).toHaveText("manage-bde -protectors -add C: -tpm");
    // The warning comes before the command, so it is read before the command is run.
    const warningBox = await warning.boundingBox();
    const commandBox = await trial.locator("code").first().boundingBox();
    expect(warningBox!.y).toBeLessThan(commandBox!.y);
  });

  test("the index names the Node.js version KeyDesk runs on @desktop", async ({ page }) => {
    await page.goto("/it");
    await expect(page.getByRole("region", { name: "What KeyDesk needs" })).toContainText("Node.js 24");
    await expect(page.getByRole("main")).not.toContainText("Node.js 20");
  });

  test("the register-app page shows this portal's redirect URI @desktop", async ({ page }) => {
    await page.goto("/it/register-app");
    const redirect = `${PORTAL}/api/auth/callback/microsoft-entra-id`;
    await expect(
      page.getByRole("figure").filter({ hasText: "Redirect URI (platform: Web)" }).locator("code"),
    ).toHaveText(redirect);
    await expect(page.getByRole("figure").filter({ hasText: "Azure CLI (bash)" }).locator("code")).toContainText(
      `--redirect-uri "${redirect}"`,
    );
    const delegated = page.getByRole("table", { name: "Microsoft Graph delegated permissions KeyDesk uses" });
    await expect(delegated.getByRole("rowheader", { name: "BitlockerKey.Read.All" })).toBeVisible();
    // Brokered mode's application permissions, in a table of their own.
    const application = page.getByRole("table", { name: "Microsoft Graph application permissions for brokered mode" });
    for (const permission of [
      "BitlockerKey.Read.All",
      "DeviceManagementManagedDevices.Read.All",
      "GroupMember.Read.All",
    ])
      await expect(application.getByRole("rowheader", { name: permission })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test("the configuration page explains every setting but shows none of this portal's values", async ({ page }) => {
    await page.goto("/it/configuration");
    for (const name of ["AUTH_SECRET", "AUTH_MICROSOFT_ENTRA_ID_ISSUER", "REDIS_URL", "REVEAL_REASONS"]) {
      await expect(page.getByRole("heading", { level: 3, name: new RegExp(`^${name}`) })).toBeVisible();
    }
    const html = await page.content();
    expect(html.includes(seed.application.clientSecret), "client secret on the page").toBe(false);
    expect(html.includes(seed.application.clientId), "client id on the page").toBe(false);
    await expectNoHorizontalScroll(page);
  });
});
