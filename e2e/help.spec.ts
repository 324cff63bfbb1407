import type { Browser, Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { PORTAL_PORT } from "./ports";

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
    await page.goto("/help/turn-off-bitlocker?step=1");
    await page
      .getByRole("button", { name: /^Copy – Command Prompt/ })
      .first()
      .click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" }).first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "manage-bde -protectors -disable C: -RebootCount 0",
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

/** Opens a page in a fresh browser context of the given width and language. */
async function openAt(
  browser: Browser,
  path: string,
  { width = 320, locale = "en" }: { width?: number; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 780 } });
  await context.addCookies([{ name: "keydesk-locale", value: locale, url: `http://localhost:${PORTAL_PORT}` }]);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test.describe("exact guides", () => {
  test("the recovery environment finds the drive with manage-bde -status, never assumes C: and never offers a reboot count", async ({
    page,
  }) => {
    await page.goto("/help/command-prompt?step=4");
    await expect(page.getByRole("main")).toContainText("There's no File Explorer here");
    await expect(page.locator("pre").first()).toHaveText("manage-bde -status");

    await page.goto("/help/command-prompt?step=5");
    const commands = page.locator("pre");
    await expect(commands.first()).toHaveText("manage-bde -status");
    await expect(page.getByTestId("drive-needed")).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("manage-bde -unlock");

    await page.getByRole("textbox", { name: "Drive letter" }).fill("e");
    await expect(page.getByText("manage-bde -unlock E: -RecoveryPassword <48-digit recovery key>")).toBeVisible();
    await expect(page.getByText("manage-bde -protectors -disable E:", { exact: true })).toBeVisible();
    await expect(page.getByRole("note").filter({ hasText: "can read the drive without the key" })).toBeVisible();
    await expect(page.getByText("manage-bde -protectors -enable C:", { exact: true })).toBeVisible();

    for (const path of ["/help/command-prompt?step=all&drive=E", "/help/unlock-recovery-screen?step=all"]) {
      await page.goto(path);
      await expect(page.getByRole("main")).not.toContainText("RebootCount");
    }
  });

  test("repeated recovery prompts point to a cause still present, not to BitLocker learning", async ({ page }) => {
    await page.goto("/help/unlock-recovery-screen?step=6");
    const main = page.getByRole("main");
    for (const cause of ["USB stick", "docking station", "Secure Boot switched off"])
      await expect(main).toContainText(cause);
    await expect(main).toContainText("doesn't have to “learn”");
    await expect(main.locator("pre")).toHaveText("manage-bde -status C:");
  });

  test("pausing for a firmware update asks for the right reboot count and says the drive is readable meanwhile", async ({
    page,
  }) => {
    await page.goto("/help/turn-off-bitlocker?step=1");
    const main = page.getByRole("main");
    await expect(main.locator("pre").nth(1)).toHaveText('Suspend-BitLocker -MountPoint "C:" -RebootCount 0');
    await expect(main).toContainText("2 or more");
    await expect(main.getByRole("note").filter({ hasText: "can read the drive without the key" })).toBeVisible();

    await page.goto("/help/turn-off-bitlocker?step=2");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Device encryption (any edition of Windows)");
    await expect(page.getByRole("main")).toContainText("doesn't meet the hardware requirements");
    await expect(page.getByRole("main")).not.toContainText("Windows Home");
  });

  test("a damaged drive: other tools first, another PC, then repair-bde with its key package", async ({ page }) => {
    await page.goto("/help/key-not-working?step=4");
    const main = page.getByRole("main");
    await expect(main).toContainText("may have nothing to do with BitLocker");
    await expect(main.getByRole("link", { name: "Unlock a data drive or USB drive" })).toHaveAttribute(
      "href",
      "/help/unlock-data-drive",
    );
    await expect(main.locator("pre").nth(1)).toHaveText(
      "repair-bde D: E: -rp <48-digit recovery key> -kp F:\\RecoveryKeyPackage -lf C:\\repair-bde.log",
    );
  });

  test("a signed-in person is not asked to sign in again on /help", async ({ page }) => {
    await signIn(page, "adele.vance@contoso.example");
    await page.goto("/help");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Find my key", exact: true })).toHaveAttribute("href", "/");
    await expect(main).not.toContainText(/sign in/i);

    await page.goto("/help/unlock-recovery-screen?step=2");
    await expect(page.getByRole("main").getByRole("link", { name: "Get my key" })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(/sign in/i);
  });

  test("signed out, /help still offers to sign in", async ({ page }) => {
    await page.goto("/help");
    await expect(page.getByRole("main")).toContainText("Sign in with your work or school account");
    await expect(page.getByRole("main").getByRole("link", { name: "Get your recovery key" })).toBeVisible();
  });

  test("at 320 px commands wrap only between arguments, never inside one", async ({ browser }) => {
    const paths = [
      "/help/unlock-data-drive?step=4",
      "/help/command-prompt?step=5&drive=E",
      "/help/turn-off-bitlocker?step=all",
      "/help/key-not-working?step=4",
      "/help/unlock-recovery-screen?step=6",
      "/it/lockout-screen",
    ];
    let wrappedCommands = 0;
    for (const path of paths) {
      const page = await openAt(browser, path);
      await expect(page.locator("pre").first()).toBeVisible();
      const blocks = await page.locator("pre").evaluateAll((pres) =>
        pres.map((pre) => {
          const tokens = [...pre.querySelectorAll("[data-command-token]")];
          return {
            text: pre.textContent ?? "",
            // A token on one line has exactly one box; one broken over two lines has two.
            broken: tokens.filter((token) => token.getClientRects().length !== 1).map((t) => t.textContent),
            lines: new Set(tokens.map((token) => Math.round(token.getBoundingClientRect().top))).size,
          };
        }),
      );
      for (const block of blocks) expect(block.broken, `${path}: ${block.text}`).toEqual([]);
      wrappedCommands += blocks.filter((block) => block.lines > 1).length;
      await expectNoHorizontalScroll(page);
      await page.context().close();
    }
    // The check is meaningful only if long commands do wrap at this width.
    expect(wrappedCommands).toBeGreaterThan(3);
  });

  test("every label of the command-prompt path fits its box, in every language", async ({ browser }) => {
    for (const locale of ["en", "de", "fr", "es", "ja"]) {
      for (const step of [1, 3]) {
        const page = await openAt(browser, `/help/command-prompt?step=${step}`, { locale });
        const boxes = await page.locator("svg[role=img] g").evaluateAll((groups) =>
          groups.map((group) => {
            const box = group.querySelector<SVGGraphicsElement>("[data-diagram-box]")!.getBBox();
            const text = group.querySelector<SVGGraphicsElement>("[data-diagram-label]")!.getBBox();
            return {
              label: group.textContent,
              width: box.width,
              inside: text.x >= box.x && text.x + text.width <= box.x + box.width,
            };
          }),
        );
        expect(boxes.length).toBeGreaterThan(2);
        for (const box of boxes) expect(box, `${locale}, step ${step}`).toMatchObject({ inside: true });
        // Only the Esc key of step 1 is drawn as a small key cap; menu entries get the full width.
        const menuEntries = step === 1 ? boxes.slice(1) : boxes;
        expect(new Set(menuEntries.map((box) => box.width)).size, `${locale}, step ${step}`).toBe(1);
        await page.context().close();
      }
    }
  });
});
