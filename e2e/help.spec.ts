import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const GUIDES = [
  { path: "/help/unlock-recovery-screen", title: "Unlock at the blue recovery screen", steps: 6 },
  { path: "/help/unlock-data-drive", title: "Unlock a data drive or USB drive", steps: 5 },
  { path: "/help/command-prompt", title: "Reach a command prompt from the recovery screen", steps: 5 },
  { path: "/help/turn-off-bitlocker", title: "Turn off BitLocker (decrypt the drive)", steps: 5 },
  { path: "/help/key-not-working", title: "When the key doesn't work", steps: 6 },
];
const TOOLS = [
  { path: "/help/cant-find-key", title: "I can't find my key" },
  { path: "/help/key-checker", title: "Key checker" },
  { path: "/help/reason-codes", title: "Recovery error codes" },
];
const KEY_ID = "4290b6c0-b17a-497a-8552-272cc30e80d4";

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("the public help pages", () => {
  test("the help index links to every guide and tool, without signing in @desktop", async ({ page }) => {
    await page.goto("/help");
    await expect(page.getByRole("heading", { level: 1, name: "Help with BitLocker" })).toBeVisible();
    for (const { path, title } of [...GUIDES, ...TOOLS]) {
      const link = page.getByRole("main").getByRole("link", { name: new RegExp(`^${title.replace(/[()]/g, "\\$&")}`) });
      await expect(link).toHaveAttribute("href", path);
    }
    await expectNoHorizontalScroll(page);
    await page
      .getByRole("main")
      .getByRole("link", { name: /^Key checker/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Check a recovery key" })).toBeVisible();
  });

  for (const guide of GUIDES) {
    test(`"${guide.title}" can be followed step by step with the keyboard`, async ({ page }) => {
      await page.goto(guide.path);
      await expect(page.getByRole("heading", { level: 1, name: guide.title })).toBeVisible();
      for (let step = 1; step <= guide.steps; step++) {
        await expect(page.getByTestId("step-progress")).toHaveText(`Step ${step} of ${guide.steps}`);
        await expect(page.locator('[aria-current="step"]')).toHaveAccessibleName(new RegExp(`^Step ${step}: `));
        await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
        await expectNoHorizontalScroll(page);
        const next = page.getByRole("link", { name: "Next step", exact: true });
        if (step === guide.steps) {
          await expect(next).toHaveCount(0);
          break;
        }
        await tabTo(page, next);
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(new RegExp(`step=${step + 1}`));
      }
      await tabTo(page, page.getByRole("link", { name: "Previous step", exact: true }));
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("step-progress")).toHaveText(`Step ${guide.steps - 1} of ${guide.steps}`);
      await expect(page).toHaveTitle(new RegExp(`\\(step ${guide.steps - 1} of ${guide.steps}\\)`));
    });
  }

  test("every step can be read on one page", async ({ page }) => {
    await page.goto("/help/unlock-recovery-screen");
    await page.getByRole("link", { name: "Show all steps on one page" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Step \d: / })).toHaveCount(6);
    await expect(page.getByTestId("step-progress")).toHaveCount(0);
    await page.getByRole("link", { name: "Show one step at a time" }).click();
    await expect(page.getByTestId("step-progress")).toHaveText("Step 1 of 6");
  });

  test("the data-drive commands follow the drive letter typed", async ({ page }) => {
    await page.goto("/help/unlock-data-drive?step=4");
    const commands = page.locator("pre");
    await expect(commands.nth(0)).toHaveText("manage-bde -unlock D: -RecoveryPassword <48-digit recovery key>");
    await expect(commands.nth(1)).toHaveText(
      'Unlock-BitLocker -MountPoint "D:" -RecoveryPassword "<48-digit recovery key>"',
    );

    const drive = page.getByRole("textbox", { name: "Drive letter" });
    await drive.fill("e");
    await expect(commands.nth(0)).toHaveText("manage-bde -unlock E: -RecoveryPassword <48-digit recovery key>");
    await expect(commands.nth(1)).toHaveText(
      'Unlock-BitLocker -MountPoint "E:" -RecoveryPassword "<48-digit recovery key>"',
    );
    await expect(commands.nth(2)).toHaveText("manage-bde -status E:");

    await drive.fill("7");
    await expect(page.getByText("Type a single letter from A to Z.")).toBeVisible();
    await expect(drive).toHaveAttribute("aria-invalid", "true");
    await expect(commands.nth(0)).toHaveText("manage-bde -unlock E: -RecoveryPassword <48-digit recovery key>");
    await expect(
      page.getByText("Open your key in KeyDesk to see these commands with your key filled in."),
    ).toBeVisible();
  });

  test("the drive letter works without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto("/help/turn-off-bitlocker?step=4");
    await page.getByRole("textbox", { name: "Drive letter" }).fill("F");
    await page.getByRole("button", { name: "Update the commands" }).click();
    await expect(page).toHaveURL(/step=4&drive=F/);
    await expect(page.locator("pre").first()).toHaveText("manage-bde -off F:");
    await expect(page.getByText('Disable-BitLocker -MountPoint "F:"')).toBeVisible();
    await page.getByRole("link", { name: "Next step", exact: true }).click();
    await expect(page.getByText("manage-bde -status F:")).toBeVisible();
    await context.close();
  });

  test("a command can be copied, with a visible confirmation", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/help/unlock-recovery-screen?step=6");
    await page
      .getByRole("button", { name: /^Copy – Command Prompt/ })
      .first()
      .click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" }).first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "manage-bde -protectors -disable C: -RebootCount 1",
    );
  });

  test("a guide opened from a key links back to it and keeps the Key ID from step to step", async ({ page }) => {
    await page.goto(`/help/command-prompt?keyId=${KEY_ID}`);
    await expect(page.getByRole("link", { name: "Back to your key" })).toHaveAttribute("href", `/keys/${KEY_ID}`);
    await page.getByRole("link", { name: "Next step", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`step=2&keyId=${KEY_ID}`));
    await expect(page.getByRole("link", { name: "Back to your key" })).toBeVisible();

    await page.goto("/help/command-prompt?keyId=../../signin");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to your key" })).toHaveCount(0);
  });

  test("the reason codes page explains the codes Microsoft documents", async ({ page }) => {
    await page.goto("/help/reason-codes");
    await expect(page.getByTestId("reason-code")).toHaveCount(16);
    const mismatch = page.getByTestId("reason-code").filter({ hasText: "E_FVE_PCR_MISMATCH" });
    await expect(mismatch).toContainText("Remove any USB stick or disc and restart");
    await expect(page.getByRole("link", { name: /BitLocker preboot recovery screen/ })).toHaveAttribute(
      "href",
      /learn\.microsoft\.com/,
    );
    await expectNoHorizontalScroll(page);
  });
});
