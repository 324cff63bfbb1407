import type { Page } from "@playwright/test";
import { emulator, expect, seed, signIn, test } from "./fixtures";

const ADELE = "adele.vance@contoso.example";
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
/** A device whose keys only this file reveals (its three oldest OS keys are kept for fault journeys), so counting key reads is exact. */
const lab = contoso.devices.find((d) => d.displayName === "CONTOSO-LAB-07")!;
const keysOf = (volumeType: string) =>
  contoso.recoveryKeys
    .filter((k) => k.deviceId === lab.deviceId && String(k.volumeType) === volumeType)
    .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
const osKey = keysOf("1")[0]!;
const guideKey = keysOf("1")[1]!;
const fixedKey = keysOf("2")[0]!;
const usbKey = keysOf("3")[0]!;
const blocksOf = (key: string) => key.split("-");

const keyReads = async (keyId: string) =>
  (await emulator.calls(ADELE)).filter(
    (c) => c.path.endsWith(keyId) && decodeURIComponent(c.query).includes("$select=key"),
  ).length;

async function reveal(page: Page, keyId: string) {
  await page.goto(`/keys/${keyId}`);
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByTestId("key-blocks")).toBeVisible();
}

/** A stand-in Screen Wake Lock API that records what the page asks for (test page only). */
const WAKE_LOCK_STUB = () => {
  const log: string[] = [];
  Object.defineProperty(window, "__wakeLog", { value: log });
  Object.defineProperty(navigator, "wakeLock", {
    configurable: true,
    value: {
      request: (type: string) => {
        log.push(`request:${type}`);
        const sentinel = {
          released: false,
          release: () => {
            sentinel.released = true;
            log.push("release");
            return Promise.resolve();
          },
        };
        return Promise.resolve(sentinel);
      },
    },
  });
};
const wakeLog = (page: Page) => page.evaluate(() => (window as unknown as { __wakeLog: string[] }).__wakeLog);

test.describe("typing the key into the locked PC from a phone", () => {
  test("an operating-system key offers block-by-block typing first, and it follows keys and taps", async ({ page }) => {
    await page.addInitScript(WAKE_LOCK_STUB);
    await signIn(page, ADELE);
    await reveal(page, osKey.id);
    const blocks = blocksOf(osKey.key);

    const actions = page.getByTestId("revealed-key").getByRole("button");
    await expect(actions.first()).toHaveText("Type it block by block");
    const typeButton = page.getByRole("button", { name: "Type it block by block" });
    const copyButton = page.getByRole("button", { name: "Copy key" });
    const background = (button: typeof typeButton) => button.evaluate((el) => getComputedStyle(el).backgroundColor);
    const accent = await background(typeButton);
    expect(accent).not.toBe(await background(copyButton));

    await typeButton.click();
    const view = page.getByTestId("step-by-step");
    const current = page.getByTestId("current-block");
    await expect(view.getByText("Block 1 of 8")).toBeVisible();
    await expect(current).toHaveText(blocks[0]!);
    await expect(view).toContainText("Windows checks each block as you type it");
    // The whole "Block 1 of 8" line fits on a 360 px screen: nothing is cut off.
    const header = view.getByText("Block 1 of 8");
    expect(await header.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    await page.keyboard.press("ArrowRight");
    await expect(current).toHaveText(blocks[1]!);
    await page.keyboard.press("Space");
    await expect(current).toHaveText(blocks[2]!);
    await page.keyboard.press("ArrowLeft");
    await expect(current).toHaveText(blocks[1]!);
    await page.getByTestId("step-tap-area").tap();
    await expect(current).toHaveText(blocks[2]!);
    await expect(view.getByText("Block 3 of 8")).toBeVisible();

    await expect(page.getByTestId("screen-on")).toBeVisible();
    expect(await wakeLog(page)).toEqual(["request:screen"]);

    await page.keyboard.press("Escape");
    await expect(page.getByTestId("step-by-step")).toHaveCount(0);
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    expect(await wakeLog(page)).toEqual(["request:screen", "release"]);
  });

  test("on a desktop, copying stays the primary action @desktop", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, ADELE);
    await reveal(page, osKey.id);
    const bg = (name: string) =>
      page.getByRole("button", { name }).evaluate((el) => getComputedStyle(el).backgroundColor);
    const surface = await page.getByTestId("key-commands").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg("Type it block by block")).toBe(surface);
    expect(await bg("Copy key")).not.toBe(surface);
  });

  test("without the Wake Lock API the step view still works and claims nothing", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "wakeLock", { configurable: true, value: undefined });
    });
    await signIn(page, ADELE);
    await reveal(page, osKey.id);
    await page.getByRole("button", { name: "Type it block by block" }).click();
    await page.getByTestId("step-tap-area").click();
    await expect(page.getByText("Block 2 of 8")).toBeVisible();
    await expect(page.getByTestId("screen-on")).toHaveCount(0);
  });
});

test.describe("data and USB drive keys", () => {
  test("a fixed data drive's key page speaks of Windows' unlock prompt, not of the blue screen", async ({ page }) => {
    await signIn(page, ADELE);
    await page.goto(`/keys/${fixedKey.id}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Unlocking this drive" })).toBeVisible();
    await expect(main).toContainText("double-click the drive with the padlock icon");
    await expect(main).toContainText("“More options”, then “Enter recovery key”");
    await expect(main).not.toContainText(/blue screen|recovery screen/i);

    await page.getByRole("button", { name: "Show recovery key" }).click();
    const actions = page.getByTestId("revealed-key").getByRole("button");
    await expect(actions.first()).toHaveText("Copy key");
    await page.getByRole("button", { name: "Type it block by block" }).click();
    await expect(page.getByTestId("step-by-step")).not.toContainText("Windows checks each block");
    await expect(main).not.toContainText(/blue screen|recovery screen/i);
  });

  test("a USB drive's key page tells how to unlock a removable drive", async ({ page }) => {
    await signIn(page, ADELE);
    await page.goto(`/keys/${usbKey.id}`);
    const main = page.getByRole("main");
    await expect(main).toContainText("Plug the USB drive into a Windows PC");
    await expect(main).not.toContainText(/blue screen|recovery screen/i);
    await expect(main.getByRole("link", { name: "Unlock a data or USB drive" })).toBeVisible();
    await expect(main.getByRole("link", { name: "Unlock at the blue screen" })).toHaveCount(0);
  });
});

test.describe("help next to a shown key", () => {
  test("a guide opens over the key at the step that matters, and closing it shows the same key again without a second read", async ({
    page,
  }) => {
    await signIn(page, ADELE);
    await reveal(page, guideKey.id);
    expect(await keyReads(guideKey.id)).toBeGreaterThan(0);
    // Other journeys read Adele's keys at the same time, so a second read is told from this page's
    // own requests: a reveal is a server-action POST, a guide or the way back is not.
    let reveals = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) reveals++;
    });

    await page.getByRole("link", { name: "Unlock at the blue screen" }).click();
    const panel = page.getByRole("dialog", { name: "Unlock at the blue recovery screen" });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Type the 48 digits" })).toBeFocused();
    await expect(page).toHaveURL(/\/help\/unlock-recovery-screen\?step=3/);

    // A step further inside the guide, and back to the key.
    await panel.getByRole("link", { name: /Next/ }).click();
    await expect(panel.getByRole("heading", { name: /Press Enter/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/keys/${guideKey.id}$`));
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    await expect(page.getByTestId("key-block").first()).toHaveText(blocksOf(guideKey.key)[0]!);
    await expect(page.getByRole("heading", { name: "Your recovery key" })).toBeFocused();

    await page.getByRole("link", { name: "The key does not work" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Back to your key" }).click();
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    expect(reveals).toBe(0);
    // The key never reaches the address bar or the browser's storage.
    expect(page.url()).not.toContain(guideKey.key.slice(0, 6));
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain(blocksOf(guideKey.key)[0]!);
  });

  test("on a desktop the guide opens beside the key, both in view @desktop", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, ADELE);
    await reveal(page, guideKey.id);
    await page.getByRole("link", { name: "Unlock at the blue screen" }).click();
    await expect(page.getByRole("dialog")).toBeInViewport();
    await expect(page.getByTestId("key-blocks")).toBeInViewport();
  });

  test("the guide's address loaded directly is the full guide page", async ({ page }) => {
    await page.goto(`/help/unlock-recovery-screen?step=3&keyId=${guideKey.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Unlock at the blue recovery screen" })).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Back to your key/ })).toBeVisible();
  });
});

test.describe("layout on a small phone", () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test("the key page: first Tab reaches Show recovery key; brand and Sign out fit; Key IDs wrap at dashes", async ({
    page,
  }) => {
    await signIn(page, ADELE);
    await page.goto(`/keys/${osKey.id}`);
    // Once the page is running it starts keyboard navigation just before the button.
    await expect(page.locator("#key-start")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Show recovery key" })).toBeFocused();

    const brand = page.getByRole("banner").getByRole("link").first();
    expect(await brand.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const signOut = page.getByRole("button", { name: "Sign out" });
    const lineHeight = await signOut.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const text = await signOut.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().height;
    });
    expect(text).toBeLessThan(lineHeight * 1.5);

    // Every line of the Key ID starts at a group boundary.
    const lines = await page.getByTestId("key-id").evaluate((el) => {
      const range = document.createRange();
      const tops = new Map<number, string>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? "").length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          tops.set(top, (tops.get(top) ?? "") + (node.textContent ?? "")[i]);
        }
      }
      return [...tops.values()];
    });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/-$/);
  });

  test("the device page's headings go h1 → h2", async ({ page }) => {
    await signIn(page, ADELE);
    await page.goto(`/devices/${lab.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(0);
  });
});
