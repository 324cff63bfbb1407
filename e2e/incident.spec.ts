import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// This portal runs with INCIDENT_MESSAGE set (playwright.config.ts, project "incident").
test.describe("incident mode", () => {
  test("IT's message is on the lockout-screen landing and every page, in the reader's language", async ({
    page,
    baseURL,
  }) => {
    for (const path of ["/", "/signin", "/help", "/help/unlock-recovery-screen", "/it"]) {
      await page.goto(path);
      const banner = page.getByTestId("incident-banner");
      await expect(banner.getByRole("heading", { name: "We know — here is what to do" }), path).toBeVisible();
      await expect(banner, path).toContainText("A faulty update restarted many PCs into BitLocker recovery.");
    }
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await page.context().addCookies([{ name: "keydesk-locale", value: "de", url: baseURL! }]);
    await page.goto("/signin");
    await expect(page.getByTestId("incident-banner")).toContainText("Ein fehlerhaftes Update");
    // A language IT wrote nothing for gets the English text.
    await page.context().addCookies([{ name: "keydesk-locale", value: "ja", url: baseURL! }]);
    await page.goto("/signin");
    await expect(page.getByTestId("incident-banner")).toContainText("A faulty update restarted many PCs");
  });

  test("signed in, the banner stays above the person's devices", async ({ page }) => {
    await signIn(page, "adele.vance@contoso.example", "/devices");
    await expect(page.getByTestId("incident-banner")).toContainText("A faulty update");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
