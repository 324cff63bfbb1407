import { emulator, expect, seed, signIn, test, user } from "./fixtures";

/**
 * Faults are injected for one demo user who appears in no other journey, and these tests run
 * one after another, so nothing else running at the same time is disturbed.
 */
test.describe.configure({ mode: "default" });
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
const device = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
const DIEGO = "diego.siciliani@contoso.example";

test.afterEach(async () => {
  for (const fault of await emulator.faults())
    if (fault.match.userPrincipalName === DIEGO) await emulator.removeFault(fault.id);
});

test("Graph throttling beyond the retry budget says how long to wait and offers to try again", async ({ page }) => {
  await signIn(page, DIEGO, "/help");
  await emulator.addFault({
    kind: "status",
    status: 429,
    retryAfter: 20,
    match: { userPrincipalName: DIEGO, pathPrefix: "/v1.0/me/ownedDevices" },
  });
  await page.goto("/devices");
  await expect(page.getByTestId("failure")).toContainText("Microsoft is busy right now");
  await expect(page.getByTestId("failure")).toContainText("Try again in 20 seconds");
  await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
});

test("a passing 503 and 504 are retried without the user noticing", async ({ page }) => {
  await signIn(page, DIEGO, "/help");
  for (const status of [503, 504]) {
    const since = new Date().toISOString();
    await emulator.addFault({
      kind: "status",
      status,
      match: { userPrincipalName: DIEGO, pathPrefix: "/v1.0/me/ownedDevices" },
      remaining: 1,
    });
    await page.goto("/devices");
    await expect(page.getByTestId("device").first()).toBeVisible();
    const statuses = (await emulator.calls(DIEGO))
      .filter((c) => c.path === "/v1.0/me/ownedDevices/microsoft.graph.device" && c.at >= since)
      .map((c) => c.status);
    expect(statuses).toEqual([status, 200]);
  }
});

test("a lasting 500 and a malformed answer get plain messages, not a crash", async ({ page }) => {
  await signIn(page, DIEGO, "/help");
  const fault = await emulator.addFault({
    kind: "status",
    status: 500,
    match: { userPrincipalName: DIEGO, pathPrefix: "/v1.0/me/ownedDevices" },
  });
  await page.goto("/devices");
  await expect(page.getByTestId("failure")).toContainText("Microsoft could not be reached");
  await emulator.removeFault(fault.id);
  await emulator.addFault({
    kind: "malformed",
    match: { userPrincipalName: DIEGO, pathPrefix: "/v1.0/me/ownedDevices" },
  });
  await page.goto("/devices");
  await expect(page.getByTestId("failure")).toContainText("Something went wrong");
});

test("one device's keys failing leaves the others on screen, and that device says why", async ({ page }) => {
  await signIn(page, DIEGO, "/help");
  await emulator.addFault({
    kind: "status",
    status: 500,
    match: { userPrincipalName: DIEGO, queryIncludes: device("DIEGO-DESKTOP").deviceId },
  });
  await page.goto("/devices");
  const desktop = page.getByTestId("device").filter({ hasText: "DIEGO-DESKTOP" });
  await expect(desktop.getByTestId("failure")).toContainText("Microsoft could not be reached");
  await expect(
    page.getByTestId("device").filter({ hasText: "DIEGO-LAPTOP" }).getByTestId("key-link").first(),
  ).toBeVisible();
});

test("a call that hangs is cut off and the rest of the page still renders", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, DIEGO, "/help");
  await emulator.addFault({
    kind: "timeout",
    match: { userPrincipalName: DIEGO, queryIncludes: device("DIEGO-DESKTOP").deviceId },
  });
  await page.goto("/devices");
  await expect(
    page.getByTestId("device").filter({ hasText: "DIEGO-LAPTOP" }).getByTestId("key-link").first(),
  ).toBeVisible();
  await expect(page.getByTestId("device").filter({ hasText: "DIEGO-DESKTOP" }).getByTestId("failure")).toContainText(
    "Microsoft is taking too long",
    { timeout: 30_000 },
  );
});

test("a refused access token is renewed once and the page loads", async ({ page }) => {
  const diego = user(DIEGO);
  await signIn(page, DIEGO, "/help");
  const before = (await emulator.grants()).filter(
    (g) => g.accountId === diego.id && g.grantType === "refresh_token",
  ).length;
  await emulator.addFault({
    kind: "status",
    status: 401,
    match: { userPrincipalName: DIEGO, pathPrefix: "/v1.0/me/ownedDevices" },
    remaining: 1,
  });
  await page.goto("/devices");
  await expect(page.getByTestId("device").first()).toBeVisible();
  const after = (await emulator.grants()).filter(
    (g) => g.accountId === diego.id && g.grantType === "refresh_token",
  ).length;
  expect(after - before).toBe(1);

  // The renewed token was stored in the session cookie: the next page does not renew again.
  await page.reload();
  await expect(page.getByTestId("device").first()).toBeVisible();
  const later = (await emulator.grants()).filter(
    (g) => g.accountId === diego.id && g.grantType === "refresh_token",
  ).length;
  expect(later).toBe(after);
});

test("a token Graph refuses again right after its renewal sends the person to sign in, then back", async ({ page }) => {
  await signIn(page, DIEGO, "/help");
  await emulator.addFault({
    kind: "status",
    status: 401,
    match: { userPrincipalName: DIEGO, pathPrefix: "/v1.0/me/ownedDevices" },
  });
  await page.goto("/devices");
  await expect(page).toHaveURL(/\/signin\?(?=.*reason=expired)(?=.*callbackUrl=%2Fdevices)/);
  await expect(page.getByRole("status")).toContainText("Your session ended");
});
