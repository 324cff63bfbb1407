import { expect, test, type Page } from "@playwright/test";
import { BRANDING, SCALE_PORTS } from "../playwright.scale.config";

const [A, B] = SCALE_PORTS.map((port) => `http://localhost:${port}`) as [string, string];

async function signInAt(page: Page, origin: string) {
  await page.goto(`${origin}/devices`);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.getByRole("link", { name: /megan\.bowen/ }).click();
  await expect(page).toHaveURL(`${origin}/devices`);
}

async function revealFirstKey(page: Page, origin: string) {
  await page.goto(`${origin}/devices`);
  await page.getByTestId("key-link").first().click();
  await page.getByRole("button", { name: "Show recovery key" }).waitFor();
  const notice = page.getByLabel("I have read this and accept it");
  if (await notice.isVisible()) await notice.check();
  await page.getByLabel("Locked out at start-up").check();
  await page.getByRole("button", { name: "Show recovery key" }).click();
}

test("both instances are ready and share Redis", async ({ request }) => {
  for (const origin of [A, B]) {
    const body = (await (await request.get(`${origin}/api/ready`)).json()) as {
      status: string;
      checks: { name: string; ok: boolean }[];
    };
    expect(body.status).toBe("ready");
    expect(body.checks).toContainEqual({ name: "redis", ok: true });
  }
});

test("a session started on one instance works on the other", async ({ page }) => {
  await signInAt(page, A);
  await page.goto(`${B}/devices`);
  await expect(page).toHaveURL(`${B}/devices`);
  await expect(page.getByTestId("device").first()).toContainText("MEGAN-");
});

test("the reveal limit holds across instances", async ({ page }) => {
  await signInAt(page, A);
  // REVEAL_LIMIT_PER_HOUR is 3 for this run: two reveals on A, one on B use it up…
  for (const origin of [A, A, B]) {
    await revealFirstKey(page, origin);
    await expect(page.getByTestId("key-blocks")).toBeVisible();
  }
  // …so the fourth, on either instance, is refused with a clear message.
  await revealFirstKey(page, A);
  await expect(page.getByTestId("reveal-error")).toContainText("You have opened many keys in the last hour");
  await expect(page.getByTestId("key-blocks")).toHaveCount(0);
});

test("IT's branding, notice and reason for access are applied before a key is shown", async ({ page }) => {
  await page.goto(`${A}/devices`);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.getByRole("link", { name: /adele\.vance/ }).click();
  await expect(page.getByRole("link", { name: `${BRANDING.ORG_NAME} KeyDesk` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute(
    "style",
    new RegExp(`--brand-accent:\\s*${BRANDING.ACCENT_COLOR}`),
  );
  await page.getByTestId("key-link").first().click();
  await expect(page.getByTestId("reveal-notice")).toContainText(BRANDING.REVEAL_NOTICE);
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByText("Tick the box to accept the notice first.")).toBeVisible();
  await page.getByLabel("I have read this and accept it").check();
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByText("Choose why you need the key first.")).toBeVisible();
  await page.getByLabel("A data drive is locked").check();
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByTestId("key-blocks")).toBeVisible();
  // Accepted once per session: the next key asks only for the reason.
  await page.goto(`${A}/devices`);
  await page.getByTestId("key-link").nth(1).click();
  await expect(page.getByRole("group", { name: "Why do you need the key?" })).toBeVisible();
  await expect(page.getByTestId("reveal-notice")).toHaveCount(0);
});

test("signing out on one instance ends the session on the other, even for a copy of its cookie", async ({
  page,
  browser,
}) => {
  await signInAt(page, A);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const other = await replay.newPage();
  await other.goto(`${B}/devices`);
  await expect(other).toHaveURL(new RegExp(`^${B}/signin`));
  await replay.close();
});

test("sign-in starts are limited per client address, with a clear message", async ({ page }) => {
  // SIGNIN_LIMIT_PER_MINUTE is 6 for this run; the journeys above used four sign-ins.
  let limited = false;
  for (let attempt = 0; attempt < 8 && !limited; attempt++) {
    await page.goto(`${B}/signin`);
    await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
    await page.waitForURL((url) => url.port !== String(SCALE_PORTS[1]) || url.searchParams.has("error"));
    limited = await page.getByText("Too many sign-in attempts from this network").isVisible();
  }
  expect(limited).toBe(true);
});
