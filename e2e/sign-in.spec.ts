import { emulator, expect, signIn, test, user } from "./fixtures";

const ADELE = "adele.vance@contoso.example";

test.describe("signing in with a work account", () => {
  test("a signed-out visitor is sent to sign-in, signs in at Entra and sees only their own devices @desktop", async ({
    page,
  }) => {
    await page.goto("/devices");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdevices/);
    await expect(page.getByRole("heading", { name: "Get your BitLocker recovery key" })).toBeVisible();

    await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
    await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
    await page.getByRole("link", { name: /adele\.vance@contoso\.example/ }).click();

    await expect(page).toHaveURL(/\/devices$/);
    const devices = page.getByTestId("device");
    await expect(devices.filter({ hasText: "ADELE-LAPTOP" })).toBeVisible();
    await expect(devices.filter({ hasText: "ADELE-DESKTOP" })).toBeVisible();
    await expect(page.getByText(/MEGAN-/)).toHaveCount(0);
    const laptop = devices.filter({ hasText: "ADELE-LAPTOP" });
    await expect(laptop.getByText("Microsoft Entra joined")).toBeVisible();
    await expect(laptop.getByText(/Windows 10\.0\.26100/)).toBeVisible();
  });

  test("the session handed to the browser carries no tokens", async ({ page }) => {
    await signIn(page, ADELE);
    const session = await page.evaluate(async () => (await fetch("/api/auth/session")).text());
    expect(session).toContain(ADELE);
    expect(session).not.toMatch(/accessToken|refreshToken|eyJ/);
  });

  test("signing out ends the session, even for a copy of its cookie", async ({ page, context, browser }) => {
    await signIn(page, ADELE);
    const before = await context.cookies();
    expect(before.filter((c) => c.name.includes("session-token")).length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signed-out$/);
    await expect(page.getByRole("heading", { name: "You have signed out." })).toBeVisible();
    await page.goto("/devices");
    await expect(page).toHaveURL(/\/signin/);
    expect((await context.cookies()).filter((c) => c.name.includes("session-token"))).toHaveLength(0);

    // A renewed cookie from a response still in flight, or a copied one, opens nothing.
    const origin = new URL(page.url()).origin;
    const replay = await browser.newContext();
    await replay.addCookies(before);
    const replayed = await replay.newPage();
    await replayed.goto(`${origin}/devices`);
    await expect(replayed).toHaveURL(/\/signin/);
    expect(
      await replayed.evaluate(async () => (await fetch("/api/auth/session")).json() as Promise<unknown>),
    ).toBeNull();
    await replay.close();
  });

  test("signing out also ends the Microsoft session, and the next sign-in offers the account picker", async ({
    page,
  }) => {
    const lee = user("lee.gu@contoso.example");
    await signIn(page, lee.userPrincipalName, "/devices");
    const before = (await emulator.signOuts()).filter((s) => s.accountId === lee.id).length;
    await page.getByRole("button", { name: "Sign out" }).click();
    // Through Entra's own sign-out page, which returns only to the registered signed-out page.
    await expect(page).toHaveURL(/\/signed-out$/);
    await expect(page.getByRole("heading", { name: "You have signed out." })).toBeVisible();
    expect((await emulator.signOuts()).filter((s) => s.accountId === lee.id).length - before).toBe(1);
    await page.screenshot({ path: test.info().outputPath("signed-out.png"), fullPage: true });

    await page.getByRole("link", { name: "Sign in again" }).click();
    const authorize = page.waitForRequest((r) => /\/oauth2\/v2\.0\/authorize\?/.test(r.url()));
    await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
    expect(new URL((await authorize).url()).searchParams.get("prompt")).toBe("select_account");
    await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
  });

  test("a personal Microsoft account is told where its keys are", async ({ page }) => {
    await signIn(page, "sam.personal@outlook.example").catch(() => undefined);
    await expect(page).toHaveURL(/\/personal-account/);
    await expect(page.getByRole("heading", { name: "This is a personal Microsoft account" })).toBeVisible();
    await expect(page.getByRole("link", { name: /account\.microsoft\.com/ })).toHaveAttribute(
      "href",
      "https://account.microsoft.com/devices/recoverykey",
    );
    const session = await page.evaluate(async () => (await fetch("/api/auth/session")).json() as Promise<unknown>);
    expect(session).toBeNull();
  });

  test("the device list fetches no page the person did not open; a key opens on click", async ({ page }) => {
    await signIn(page, ADELE, "/devices");
    const unasked: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"] || new URL(request.url()).searchParams.has("_rsc"))
        unasked.push(request.url());
    });
    await page.reload();
    const keys = page.getByTestId("key-link");
    await expect(keys.first()).toBeVisible();
    await keys.nth(1).hover();
    await page.waitForLoadState("networkidle");
    expect(unasked).toEqual([]);
    await keys.first().click();
    await expect(page).toHaveURL(/\/keys\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("button", { name: "Show recovery key" })).toBeVisible();
  });

  test("a user with no devices gets an explanation instead of an empty page", async ({ page }) => {
    await signIn(page, "alex.wilber@contoso.example", "/devices");
    await expect(page.getByTestId("no-devices")).toContainText("No devices are registered to you");
  });
});

test.describe("token refresh", () => {
  test.describe.configure({ mode: "serial" });

  test("an expired access token is renewed once, without the user noticing", async ({ page }) => {
    const megan = user("megan.bowen@contoso.example");
    // Tokens that expire 62 s after issue are renewed by KeyDesk after ~2 s (it renews 60 s early).
    await emulator.config({ accessTokenTtlSeconds: 62 });
    try {
      await signIn(page, megan.userPrincipalName, "/devices");
      await expect(page.getByTestId("device").first()).toBeVisible();
      const before = (await emulator.grants()).filter(
        (g) => g.accountId === megan.id && g.grantType === "refresh_token",
      ).length;
      await page.waitForTimeout(2_500);
      await page.reload();
      await expect(page).toHaveURL(/\/devices$/);
      await expect(page.getByTestId("device").first()).toBeVisible();
      const refreshes = (await emulator.grants()).filter(
        (g) => g.accountId === megan.id && g.grantType === "refresh_token",
      );
      expect(refreshes.length - before).toBe(1);
      expect(refreshes.at(-1)?.status).toBe(200);

      // Entra hands out a new refresh token with each refresh: the next refresh must use it.
      await page.waitForTimeout(2_500);
      await page.reload();
      await expect(page.getByTestId("device").first()).toBeVisible();
      const [first, second, ...more] = (await emulator.grants())
        .filter((g) => g.accountId === megan.id && g.grantType === "refresh_token")
        .slice(before);
      expect(more).toEqual([]);
      expect(second?.status).toBe(200);
      expect(first?.refreshTokenIssued).toBeTruthy();
      expect(second?.refreshTokenPresented).toBe(first?.refreshTokenIssued);
    } finally {
      await emulator.config({ accessTokenTtlSeconds: 3600 });
    }
  });
});
