import type { Page } from "@playwright/test";
import { emulator, expect, keyForFaults, seed, signIn, test } from "./fixtures";

const ADELE = "adele.vance@contoso.example";
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
const fabrikam = seed.tenants.find((t) => t.domain === "fabrikam.example")!;
const laptop = contoso.devices.find((d) => d.displayName === "ADELE-LAPTOP")!;
const laptopOs = contoso.recoveryKeys
  .filter((k) => k.deviceId === laptop.deviceId && k.volumeType === "1")
  .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
const newest = laptopOs[0]!;
const older = laptopOs[1]!;
const workstationKey = contoso.recoveryKeys.find(
  (k) => k.deviceId === contoso.devices.find((d) => d.displayName === "CONTOSO-WS-0142")!.deviceId,
)!;

async function lookUp(page: Page, keyId: string) {
  await page.getByLabel("Recovery key ID", { exact: true }).fill(keyId);
  await page.getByRole("button", { name: "Find my key" }).click();
}

test.describe("the Key ID the person typed is trusted", () => {
  test("the older key of a rotated pair, looked up by its ID, is confirmed and no other key is pushed", async ({
    page,
  }) => {
    expect(older.id.slice(0, 8)).toBe("a5cc7597");
    await signIn(page, ADELE);
    await lookUp(page, "A5CC7597");
    await expect(page).toHaveURL(new RegExp(`/keys/${older.id}\\?typed=A5CC7597$`));
    await expect(page.getByTestId("key-id-match")).toContainText("This is the key for the ID you typed: A5CC7597");
    await expect(page.getByTestId("key-id-match")).toContainText("your screen asks for this one");
    await expect(page.getByTestId("superseded")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /newest key/ })).toHaveCount(0);
  });

  test("a typed ID that does not match the key is not taken as a match", async ({ page }) => {
    await signIn(page, ADELE, `/keys/${older.id}?typed=BB5F2D70`);
    await expect(page.getByTestId("key-id-match")).toHaveCount(0);
    await expect(page.getByTestId("superseded")).toContainText("Replaced on");
  });

  test("browsing a device marks the older key neutrally, with the date it was replaced", async ({ page }) => {
    await signIn(page, ADELE, `/devices/${laptop.id}`);
    const row = page.getByTestId("key-link").filter({ hasText: older.id.toUpperCase() });
    await expect(row.getByTestId("key-replaced")).toContainText(
      /Replaced on .*2025; use it only if the screen shows this ID/,
    );
    await row.click();
    await expect(page.getByTestId("superseded")).toContainText("Use this key only if the blue screen shows");
    await expect(page.getByTestId("superseded")).not.toHaveClass(/danger/);
    await page.getByRole("link", { name: "See the newest key of this PC" }).click();
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}$`));
  });
});

test.describe("a forgiving Key ID box", () => {
  test("O typed for 0 is corrected and the key page says so", async ({ page }) => {
    await signIn(page, ADELE);
    await lookUp(page, "bb5f2d7O");
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}\\?typed=`));
    await expect(page.getByTestId("key-id-match")).toContainText("BB5F2D70");
    await expect(page.getByTestId("key-id-corrected")).toHaveText(
      "We read O as 0: a Recovery key ID has no such letters. Check it against the blue screen.",
    );
  });

  test("a pasted 'Recovery key ID:' line finds the key", async ({ page }) => {
    await signIn(page, ADELE);
    await lookUp(page, `Recovery key ID: {${newest.id.toUpperCase()}}`);
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}\\?typed=`));
    await expect(page.getByTestId("key-id-match")).toBeVisible();
  });

  test("an empty submit says what to type; a bad character is named", async ({ page }) => {
    await signIn(page, ADELE);
    await page.getByRole("button", { name: "Find my key" }).click();
    await expect(page.locator("#keyId-error")).toHaveText(/at least its first 8 characters, for example 4290B6C0/);
    await lookUp(page, "4290G6C0");
    await expect(page.locator("#keyId-error")).toHaveText(/^“G” is not in a Recovery key ID/);
  });

  test("one wrong character: did you mean the own key one character away, with that character marked", async ({
    page,
  }) => {
    await signIn(page, ADELE);
    await lookUp(page, "BB5F2D71");
    await expect(page.getByTestId("result-heading")).toHaveText("No key of yours matches BB5F2D71");
    await expect(page.getByText("Did you mean this one?")).toBeVisible();
    const suggestion = page.getByTestId("near").getByRole("link");
    await expect(suggestion).toHaveCount(1);
    await expect(suggestion.locator("mark")).toHaveText(["0"]);
    // The specific answer replaces the general list of reasons.
    await expect(page.getByText("Why this can happen")).toHaveCount(0);
    await suggestion.click();
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}$`));
  });

  test("two matches: the characters that tell them apart are marked, not by colour alone", async ({ page }) => {
    await signIn(page, ADELE);
    await lookUp(page, "310597A1");
    await expect(page.getByText(/The characters that tell them apart are underlined and in bold/)).toBeVisible();
    const rows = page.getByTestId("matches").getByRole("link");
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) {
      await expect(row.locator(".key-id")).toContainText(/^310597A1-/);
      await expect(row.locator("mark").first()).toHaveCSS("font-weight", "700");
      await expect(row.locator("mark").first()).toHaveCSS("text-decoration-line", "underline");
      // The shared start is not marked: the mark points at the group that tells the two apart.
      await expect(row.locator("mark")).toHaveCount(1);
      await expect(row.locator("mark")).toHaveText(/^[0-9A-F]{4}$/);
    }
  });
});

test.describe("answers that fit the person", () => {
  test("a tenant without self-service hears it once, right after sign-in, with no one else's help desk", async ({
    page,
  }) => {
    const nestor = fabrikam.users[0]!.userPrincipalName;
    await signIn(page, nestor);
    await expect(page.getByTestId("restricted")).toContainText(
      "Your organisation handles recovery through the help desk",
    );
    await expect(page.getByTestId("helpdesk")).toContainText("Your help desk at fabrikam.example");
    await expect(page.getByTestId("helpdesk")).not.toContainText("Contoso");
    await expect(page.getByTestId("helpdesk")).not.toContainText("+1 555 0100");
    await expect(page.getByRole("banner")).not.toContainText("Contoso");

    await lookUp(page, fabrikam.recoveryKeys[0]!.id.slice(0, 8));
    await expect(page.getByTestId("restricted")).toHaveCount(1);
    await expect(page.getByTestId("helpdesk")).toContainText(fabrikam.recoveryKeys[0]!.id.slice(0, 8).toUpperCase());
    for (const cascade of ["No key of yours matches", "We could not check", "Why this can happen"]) {
      await expect(page.getByText(cascade)).toHaveCount(0);
    }

    // The device list says it once too, above the PC the help desk will ask about, not as a refusal under it.
    await page.goto("/devices");
    await expect(page.getByTestId("restricted")).toHaveCount(1);
    await expect(page.getByTestId("device")).toContainText(fabrikam.devices[0]!.displayName);
    await expect(page.getByTestId("failure")).toHaveCount(0);
  });

  test("no devices at all is said plainly (Alex)", async ({ page }) => {
    await signIn(page, "alex.wilber@contoso.example");
    await lookUp(page, "4290B6C0");
    await expect(page.getByTestId("result-heading")).toHaveText("No PC is registered to your account");
    await expect(page.getByRole("link", { name: "open account.microsoft.com" })).toBeVisible();
    await expect(page.getByText("Why this can happen")).toHaveCount(0);
    await expect(page.getByTestId("helpdesk")).toContainText("+1 555 0100");
  });

  test("a hybrid PC without owner sends Lee to the help desk with the PC's name", async ({ page }) => {
    await signIn(page, "lee.gu@contoso.example");
    await lookUp(page, workstationKey.id.slice(0, 8));
    await expect(page.getByTestId("result-heading")).toHaveText("Your help desk can read the key of CONTOSO-WS-0142");
    await expect(page.getByTestId("helpdesk-quote")).toContainText("PC name");
    await expect(page.getByTestId("helpdesk-quote")).toContainText("CONTOSO-WS-0142");
    await expect(page.getByTestId("helpdesk-quote")).toContainText(workstationKey.id.slice(0, 8).toUpperCase());
    await expect(page.getByText("Why this can happen")).toHaveCount(0);
    // Graph was never asked for that key: Lee is not its owner.
    const calls = await emulator.calls("lee.gu@contoso.example");
    expect(calls.filter((c) => c.path.includes(workstationKey.id))).toEqual([]);
  });
});

test.describe("the reveal button", () => {
  test("shows progress while Microsoft answers, and says so to screen readers", async ({ page }) => {
    await signIn(page, ADELE, `/keys/${newest.id}`);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route("**/keys/**", async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      asked++;
      await held;
      await route.fallback();
    });
    const button = page.getByTestId("reveal-button");
    await button.click();
    await expect(button).toHaveAttribute("aria-busy", "true");
    await expect(button).toHaveText("Getting your key…");
    await expect(page.getByRole("status").filter({ hasText: "Asking Microsoft for your key" })).toHaveCount(1);
    // A second tap while waiting (aria-disabled keeps focus on the button) does not ask, and audit, twice.
    await button.click({ force: true });
    release();
    await expect(page.getByTestId("key-block")).toHaveText(newest.key.split("-"));
    expect(asked).toBe(1);
  });

  test("a tap before the page has finished loading is kept, not lost", async ({ page }) => {
    await signIn(page, ADELE);
    let releaseScripts: () => void = () => undefined;
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      await scriptsHeld;
      await route.fallback();
    });
    // The HTML arrives, the scripts do not yet: the button is there but React is not running.
    await page.goto(`/keys/${newest.id}`, { waitUntil: "commit" });
    await page.getByTestId("reveal-button").click();
    releaseScripts();
    await expect(page.getByTestId("key-block")).toHaveText(newest.key.split("-"));
  });

  test("a long wait reads in minutes, never in seconds", async ({ page }) => {
    const key = keyForFaults(1);
    await signIn(page, ADELE, `/keys/${key.id}`);
    const fault = await emulator.throttleKeyRead(key.id, 2963);
    try {
      await page.getByRole("button", { name: "Show recovery key" }).click();
      await expect(page.getByRole("button", { name: "Try again in 49 minutes" })).toBeDisabled();
    } finally {
      await emulator.removeFault(fault.id);
    }
  });

  test("without JavaScript a message replaces the button", async ({ page, browser, baseURL }) => {
    await signIn(page, ADELE, `/keys/${newest.id}`);
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      baseURL,
      storageState: await page.context().storageState(),
      viewport: { width: 360, height: 780 },
    });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`/keys/${newest.id}`);
      await expect(plain.getByTestId("reveal-noscript")).toContainText("Showing the key needs JavaScript");
      await expect(plain.getByRole("button", { name: "Show recovery key" })).toBeHidden();
    } finally {
      await noScript.close();
    }
  });
});
