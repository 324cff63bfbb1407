import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { emulator, expect, seed, signIn, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
const device = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
const laptopKey = contoso.recoveryKeys.find(
  (k) => k.deviceId === device("ADELE-LAPTOP").deviceId && k.volumeType === "2",
)!;

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, label).toEqual([]);
}

/** Everything a signed-out visitor can open. */
const PUBLIC_PAGES = [
  "/signin",
  "/signin?error=TenantNotAllowed",
  "/personal-account",
  "/signed-out",
  "/help",
  "/help/unlock-recovery-screen",
  "/help/unlock-data-drive",
  "/help/command-prompt",
  "/help/turn-off-bitlocker",
  "/help/key-not-working",
  "/help/reason-codes",
  "/help/cant-find-key",
  "/help/key-checker",
  "/it",
  "/it/lockout-screen",
  "/it/register-app",
  "/it/configuration",
  "/does-not-exist",
];

test.describe("accessibility (axe, WCAG 2.2 AA)", () => {
  test("public pages, light and dark", async ({ page }) => {
    test.setTimeout(120_000);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        await expectNoViolations(page, `${path} (${scheme})`);
      }
    }
  });

  test("signed-in pages and their states, light and dark @desktop", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "adele.vance@contoso.example");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [
        "/",
        "/?keyId=310597A1",
        "/?keyId=DEADBEEF",
        "/?keyId=xyz",
        "/?keyId=",
        "/?keyId=BB5F2D71",
        "/?keyId=BB5F2D7O",
        `/keys/${laptopKey.id}?typed=${laptopKey.id.slice(0, 8)}`,
        "/devices",
        `/devices/${device("ADELE-LAPTOP").id}`,
        `/keys/${laptopKey.id}`,
      ]) {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        await expectNoViolations(page, `${path} (${scheme})`);
      }
      await page.goto(`/keys/${laptopKey.id}`);
      await page.getByRole("button", { name: "Show recovery key" }).click();
      await expect(page.getByTestId("key-blocks")).toBeVisible();
      await expectNoViolations(page, `revealed key (${scheme})`);
      await page.getByRole("button", { name: "Type it block by block" }).click();
      await expectNoViolations(page, `step by step (${scheme})`);
    }
  });

  test("the key page, its step view and a guide beside it, in every language", async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const osKey = contoso.recoveryKeys.find(
      (k) => k.deviceId === device("ADELE-LAPTOP").deviceId && k.volumeType === "1",
    )!;
    await signIn(page, "adele.vance@contoso.example");
    for (const locale of ["en", "de", "es", "fr", "ja"]) {
      await page.context().addCookies([{ name: "keydesk-locale", value: locale, url: baseURL! }]);
      await page.goto(`/keys/${osKey.id}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.locator("main button.btn-primary").first().click();
      await expect(page.getByTestId("key-blocks")).toBeVisible();
      await page.getByTestId("step-toggle").click();
      await expect(page.getByTestId("step-by-step")).toBeVisible();
      await expectNoViolations(page, `step view (${locale})`);
      await page.getByTestId("step-toggle").click();
      await page.getByTestId("typing-hints").getByRole("navigation").getByRole("link").first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoViolations(page, `guide beside the key (${locale})`);
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toHaveCount(0);
    }
    await page.context().clearCookies({ name: "keydesk-locale" });
  });

  test("error states", async ({ page }) => {
    await signIn(page, "nestor.wilke@fabrikam.example", "/devices");
    await expect(page.getByTestId("restricted")).toBeVisible();
    await expectNoViolations(page, "self-service disabled");
    await page.goto(`/keys/${seed.tenants.find((t) => t.domain === "fabrikam.example")!.recoveryKeys[0]!.id}`);
    await expectNoViolations(page, "key page, self-service disabled");
    await page.goto("/");
    await expect(page.getByTestId("restricted")).toBeVisible();
    await expectNoViolations(page, "landing page, self-service disabled");
    await page.goto("/?keyId=A2584B57");
    await expectNoViolations(page, "lookup, self-service disabled");
  });

  test("tailored no-match answers", async ({ page }) => {
    await signIn(page, "lee.gu@contoso.example", "/?keyId=128D2158");
    await expect(page.getByTestId("helpdesk-quote")).toBeVisible();
    await expectNoViolations(page, "hybrid PC without owner");
  });

  test("an empty account and a throttled page", async ({ page }) => {
    await signIn(page, "alex.wilber@contoso.example", "/devices");
    await expectNoViolations(page, "no devices");
    await page.goto("/?keyId=4290B6C0");
    await expect(page.getByTestId("no-match-no-devices")).toBeVisible();
    await expectNoViolations(page, "lookup without devices");
    // Graph's 429 goes to a person no other journey's device list uses, so none running beside it sees it.
    await page.context().clearCookies();
    await signIn(page, "grady.archie@contoso.example");
    const fault = await emulator.addFault({
      kind: "status",
      status: 429,
      retryAfter: 30,
      match: { userPrincipalName: "grady.archie@contoso.example", pathPrefix: "/v1.0/me/ownedDevices" },
    });
    try {
      await page.goto("/devices");
      await expect(page.getByTestId("failure")).toBeVisible();
      await expectNoViolations(page, "throttled");
    } finally {
      await emulator.removeFault(fault.id);
    }
  });
});

test.describe("keyboard only", () => {
  test("sign in, find a key and reveal it without a mouse; focus follows the work", async ({ page }) => {
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
        if (name.test(focused)) return;
      }
      throw new Error(`could not reach ${name} with Tab`);
    };
    await page.goto("/");
    await tabTo(/Sign in with Microsoft/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
    await tabTo(/megan\.bowen/);
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Recovery key ID", { exact: true })).toBeFocused();
    const megansKey = contoso.recoveryKeys.find((k) => k.deviceId === device("MEGAN-LAPTOP").deviceId)!;
    await page.keyboard.type(megansKey.id.slice(0, 8).toUpperCase());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/keys/${megansKey.id}\\?typed=`));
    await tabTo(/^Show recovery key$/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Your recovery key" })).toBeFocused();
    await expect(page.getByTestId("key-block")).toHaveText(megansKey.key.split("-"));
    // Focus is always visible.
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
  });

  test("screen readers hear the key digit by digit, block by block", async ({ page }) => {
    await signIn(page, "adele.vance@contoso.example", `/keys/${laptopKey.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    const first = laptopKey.key.split("-")[0]!;
    await expect(page.getByText(`Block 1: ${first.split("").join(" ")}`)).toBeAttached();
  });
});

test.describe("every phone", () => {
  test("no page scrolls sideways at 360 px or at 200% zoom", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "adele.vance@contoso.example", `/keys/${laptopKey.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    for (const path of ["/", "/devices", "/help/unlock-data-drive", "/help/key-checker", "/it/lockout-screen"]) {
      await page.goto(path);
      expect(await overflow(), path).toBeLessThanOrEqual(0);
    }
    // 200% browser zoom halves the viewport in CSS pixels: a 640 px window becomes 320 px wide
    // (WCAG 1.4.10 reflow). The same pages, and the revealed key, must still fit.
    await page.setViewportSize({ width: 320, height: 400 });
    for (const path of ["/devices", "/help/unlock-data-drive", "/it/lockout-screen", `/keys/${laptopKey.id}`]) {
      await page.goto(path);
      expect(await overflow(), `${path} at 320 px`).toBeLessThanOrEqual(0);
    }
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    expect(await overflow(), "revealed key at 320 px").toBeLessThanOrEqual(0);
  });

  test("long German words wrap instead of pushing the page sideways", async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      extraHTTPHeaders: { "Accept-Language": "de-DE" },
    });
    const page = await context.newPage();
    for (const path of [
      "/signin",
      "/signed-out",
      "/help",
      "/help/unlock-recovery-screen",
      "/help/turn-off-bitlocker",
      "/help/key-checker",
      "/help/cant-find-key",
      "/it/register-app",
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test("motion is reduced when the person asks for it", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/signin");
    const duration = await page.evaluate(() => getComputedStyle(document.querySelector("button")!).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});

test.describe("languages", () => {
  test("the browser's language is used, and the switcher remembers another", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "de-DE",
      extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("button", { name: "Mit Microsoft anmelden" })).toBeVisible();
    await page.getByLabel("Sprache").selectOption("ja");
    await page.getByRole("button", { name: "Ändern" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await page.goto("/help");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await context.close();
  });
});
