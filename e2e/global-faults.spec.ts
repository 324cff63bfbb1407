import { emulator, expect, signIn, test } from "./fixtures";

/**
 * Faults that hit every user at once (Entra itself failing). This file runs on its own, after
 * the other journeys (see playwright.config.ts), and restores the emulator after each test.
 */
test.describe.configure({ mode: "serial" });

test.afterEach(async () => {
  await emulator.config({
    tokenEndpointDown: false,
    discoveryDown: false,
    refreshErrors: [],
    accessTokenTtlSeconds: 3600,
  });
});

test("Entra asking for multi-factor authentication at a refresh sends the person to sign in, then back", async ({
  page,
}) => {
  await emulator.config({ accessTokenTtlSeconds: 62 });
  await signIn(page, "alex.wilber@contoso.example", "/devices");
  await emulator.config({ refreshErrors: ["interaction_required"] });
  await page.waitForTimeout(2_500);
  await page.goto("/devices");
  await expect(page).toHaveURL(/\/signin\?(?=.*reason=expired)(?=.*callbackUrl=%2Fdevices)/);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.getByRole("link", { name: /alex\.wilber/ }).click();
  await expect(page).toHaveURL(/\/devices$/);
});

test("a moment of Entra being unavailable at a refresh goes unnoticed: it is tried once more", async ({ page }) => {
  await emulator.config({ accessTokenTtlSeconds: 62 });
  await signIn(page, "alex.wilber@contoso.example", "/devices");
  await emulator.config({ refreshErrors: ["temporarily_unavailable"] });
  await page.waitForTimeout(2_500);
  await page.goto("/devices");
  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByTestId("no-devices")).toBeVisible();
});

test("Entra unreachable at sign-in gets a plain message and a way to try again", async ({ page }) => {
  await emulator.config({ discoveryDown: true });
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await expect(page.getByText("Microsoft sign-in could not be reached")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeVisible();
});

test("Entra's token endpoint failing during a refresh sends the person to sign in again, then back", async ({
  page,
}) => {
  await emulator.config({ accessTokenTtlSeconds: 62 });
  await signIn(page, "alex.wilber@contoso.example", "/devices");
  await emulator.config({ tokenEndpointDown: true });
  await page.waitForTimeout(2_500);
  await page.goto("/devices");
  await expect(page).toHaveURL(/\/signin\?.*reason=expired/);
  await expect(page.getByRole("status")).toContainText("Your session ended");
  await emulator.config({ tokenEndpointDown: false });
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.getByRole("link", { name: /alex\.wilber/ }).click();
  await expect(page).toHaveURL(/\/devices$/);
});
