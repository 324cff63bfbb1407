import type { Page } from "@playwright/test";
import { emulator, expect, keyForFaults, seed, signIn, test } from "./fixtures";

const ADELE = "adele.vance@contoso.example";
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
const deviceByName = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
const osKeys = contoso.recoveryKeys.filter(
  (k) => k.deviceId === deviceByName("ADELE-LAPTOP").deviceId && k.volumeType === "1",
);
const newest = [...osKeys].sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime))[0]!;
const older = osKeys.find((k) => k.id !== newest.id)!;
/** Revealed by one test only, so parallel tests cannot disturb its call count. */
const usbKey = contoso.recoveryKeys.find(
  (k) => k.deviceId === deviceByName("ADELE-LAPTOP").deviceId && k.volumeType === "3",
)!;
const meganKey = contoso.recoveryKeys.find((k) => k.deviceId === deviceByName("MEGAN-LAPTOP").deviceId)!;

async function lookUp(page: Page, keyId: string) {
  await page.getByLabel("Recovery key ID", { exact: true }).fill(keyId);
  await page.getByRole("button", { name: "Find my key" }).click();
}
const keySelects = async (keyId: string) =>
  (await emulator.calls(ADELE)).filter(
    (c) => c.path.endsWith(keyId) && decodeURIComponent(c.query).includes("$select=key"),
  );

test.describe("finding a key by its Recovery key ID", () => {
  test("8 upper-case characters lead straight to the key; it is fetched only when asked for @desktop", async ({
    page,
  }) => {
    await signIn(page, ADELE);
    const selectsBefore = (await keySelects(usbKey.id)).length;
    const bodies: Promise<string>[] = [];
    const settle = (body: Promise<string>) =>
      Promise.race([body, new Promise<string>((done) => setTimeout(() => done(""), 3_000))]);
    page.on("response", (response) => bodies.push(settle(response.text().catch(() => ""))));
    const leaked = async () =>
      (await Promise.all(bodies)).filter((b) => b.includes(usbKey.key) || b.includes(usbKey.key.replaceAll("-", "")))
        .length;

    await lookUp(page, usbKey.id.slice(0, 8).toUpperCase());
    await expect(page).toHaveURL(new RegExp(`/keys/${usbKey.id}\\?typed=`));
    await expect(page.getByRole("heading", { name: "Recovery key for ADELE-LAPTOP" })).toBeVisible();
    await expect(page.getByTestId("key-id")).toContainText(usbKey.id.toUpperCase());
    await expect(page.getByText("Removable drive (USB)")).toBeVisible();
    expect(await leaked()).toBe(0);
    expect((await keySelects(usbKey.id)).length).toBe(selectsBefore);

    // The server action's answer is the one place the key may travel: capture it on the way.
    const actionBodies: string[] = [];
    await page.route("**/keys/**", async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      const response = await route.fetch();
      actionBodies.push(await response.text());
      await route.fulfill({ response });
    });
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-block")).toHaveText(usbKey.key.split("-"));
    await expect(page.getByText(/this key works only once/)).toBeVisible();
    expect((await keySelects(usbKey.id)).length).toBe(selectsBefore + 1);
    expect(actionBodies).toHaveLength(1);
    expect(actionBodies[0]).toContain(usbKey.key);
    expect(page.url()).not.toContain(usbKey.key.slice(0, 6));
  });

  test("the full Key ID with dashes, or lower case with spaces, finds the same key", async ({ page }) => {
    await signIn(page, ADELE);
    await lookUp(page, newest.id.toUpperCase());
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}\\?typed=`));
    await page.goto("/");
    await lookUp(page, ` ${newest.id.slice(0, 4)} ${newest.id.slice(4, 13).replace("-", " ")} `);
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}\\?typed=`));
  });

  test("a ?keyId= link from the help desk runs the lookup after sign-in", async ({ page }) => {
    await signIn(page, ADELE, `/?keyId=${newest.id.slice(0, 8)}`);
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}\\?typed=`));
  });

  test("a short prefix shared by two keys lists both to choose from", async ({ page }) => {
    await signIn(page, ADELE);
    await lookUp(page, "310597A1");
    await expect(page.getByTestId("result-heading")).toHaveText(/2 keys match/);
    await expect(page.getByTestId("matches").getByRole("link")).toHaveCount(2);
  });

  test("no match says so, explains why, and shows the keys the user does have", async ({ page }) => {
    await signIn(page, ADELE);
    await lookUp(page, "DEADBEEF");
    await expect(page.getByTestId("result-heading")).toHaveText("No key of yours matches DEADBEEF");
    await expect(page.getByText(/personal Microsoft account/).first()).toBeVisible();
    await expect(page.getByTestId("all-keys")).toContainText(newest.id.toUpperCase());
    await expect(page.getByTestId("helpdesk")).toContainText("+1 555 0100");
  });

  test("another user's key is never found", async ({ page }) => {
    await signIn(page, ADELE);
    await lookUp(page, meganKey.id.slice(0, 8));
    await expect(page.getByTestId("result-heading")).toHaveText(/No key of yours matches/);
    await page.goto(`/keys/${meganKey.id}`);
    await expect(page.getByText("This key or device is not registered to your account")).toBeVisible();
    await expect(page.getByRole("button", { name: "Show recovery key" })).toHaveCount(0);
  });

  test("invalid input gets a validation message and never reaches Graph", async ({ page }) => {
    await signIn(page, ADELE);
    await page.goto(`/?keyId=${encodeURIComponent("' or 1 eq 1")}`);
    await expect(page.locator("#keyId-error")).toHaveText(/only the digits 0–9 and the letters A–F/);
    await lookUp(page, "4290B6");
    await expect(page.locator("#keyId-error")).toHaveText(/at least the first 8 characters/);
    await expect(page.getByLabel("Recovery key ID", { exact: true })).toHaveAttribute("aria-invalid", "true");
    const sent = (await emulator.calls(ADELE)).map((c) => decodeURIComponent(`${c.path}?${c.query}`));
    expect(sent.filter((call) => call.includes("1 eq 1") || call.includes("4290b6"))).toEqual([]);
  });

  test("an older, rotated key opened from the device says when it was replaced, without pushing", async ({ page }) => {
    await signIn(page, ADELE, `/keys/${older.id}`);
    await expect(page.getByTestId("superseded")).toContainText("Replaced on");
    await expect(page.getByTestId("superseded")).toContainText("Use this key only if the blue screen shows");
    await page.getByRole("link", { name: "See the newest key of this PC" }).click();
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}$`));
  });
});

test.describe("reading the key", () => {
  test("step by step shows one block at a time", async ({ page }) => {
    await signIn(page, ADELE, `/keys/${newest.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await page.getByRole("button", { name: "Type it block by block" }).click();
    const blocks = newest.key.split("-");
    await expect(page.getByText("Block 1 of 8")).toBeVisible();
    await expect(page.getByTestId("current-block")).toHaveText(blocks[0]!);
    await page.getByRole("button", { name: "Next block" }).click();
    await page.getByRole("button", { name: "Next block" }).click();
    await expect(page.getByText("Block 3 of 8")).toBeVisible();
    await expect(page.getByTestId("current-block")).toHaveText(blocks[2]!);
    await page.getByRole("button", { name: "Previous block" }).click();
    await expect(page.getByTestId("current-block")).toHaveText(blocks[1]!);
  });

  test("the key hides itself after ten minutes and can be hidden at once", async ({ page }) => {
    await page.clock.install();
    await signIn(page, ADELE, `/keys/${newest.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("hides-in")).toContainText("10:00");
    await page.clock.runFor(5 * 60_000);
    await expect(page.getByTestId("hides-in")).toContainText(/[45]:\d\d/);
    await page.clock.runFor(5 * 60_000 + 2_000);
    await expect(page.getByTestId("revealed-key")).toHaveCount(0);
    await expect(page.getByText("The key was hidden after 10 minutes.")).toBeVisible();
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await page.getByRole("button", { name: "Hide key" }).click();
    await expect(page.getByTestId("key-blocks")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Show recovery key" })).toBeFocused();
  });

  test("copy puts the dashed key on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, ADELE, `/keys/${newest.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await page.getByRole("button", { name: "Copy key" }).click();
    await expect(page.getByText("Copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(newest.key);
  });

  test("a session that ended comes back to the same key after signing in", async ({ page, context }) => {
    await signIn(page, ADELE, `/keys/${newest.id}`);
    // Leave the page first: a prefetch still in flight could otherwise set the cookie again.
    await page.goto("about:blank");
    await context.clearCookies();
    await page.goto(`/keys/${newest.id}`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fkeys%2F/);
    await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
    await page.getByRole("link", { name: /adele\.vance/ }).click();
    await expect(page).toHaveURL(new RegExp(`/keys/${newest.id}$`));
  });
});

test.describe("when Microsoft says no", () => {
  test("a tenant without self-service sends people to the help desk with the Key ID to quote", async ({ page }) => {
    const fabrikam = seed.tenants.find((t) => t.domain === "fabrikam.example")!;
    const key = fabrikam.recoveryKeys[0]!;
    await signIn(page, fabrikam.users[0]!.userPrincipalName, "/devices");
    await expect(page.getByText("Your organisation handles recovery through the help desk").first()).toBeVisible();
    await page.goto(`/keys/${key.id}`);
    await expect(page.getByText("Your organisation handles recovery through the help desk").first()).toBeVisible();
    await expect(page.getByTestId("helpdesk")).toContainText(key.id.toUpperCase());
  });

  test("a throttled reveal says how long to wait and offers to try again", async ({ page }) => {
    const key = keyForFaults(0);
    await signIn(page, ADELE, `/keys/${key.id}`);
    const fault = await emulator.throttleKeyRead(key.id, 30);
    try {
      await page.getByRole("button", { name: "Show recovery key" }).click();
      await expect(page.getByTestId("reveal-error")).toContainText("Microsoft is busy right now");
      await expect(page.getByRole("button", { name: /^Try again in \d+ seconds$/ })).toBeDisabled();
    } finally {
      await emulator.removeFault(fault.id);
    }
  });
});
