import { expect, test, type Page } from "@playwright/test";
import { BRANDING, SCALE_EMULATOR_PORT, SCALE_PORTS } from "../playwright.scale.config";

const [A, B] = SCALE_PORTS.map((port) => `http://localhost:${port}`) as [string, string];
const EMULATOR_CONTROL = `http://localhost:${SCALE_EMULATOR_PORT}/_emulator`;

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

test("Key ID lookups are limited per person across instances, with a clear message and no Graph call", async ({
  page,
}) => {
  const LEE = "lee.gu@contoso.example";
  const graphCalls = async () =>
    ((await (await fetch(`${EMULATOR_CONTROL}/calls?user=${encodeURIComponent(LEE)}`)).json()) as unknown[]).length;
  await page.goto(`${A}/`);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.getByRole("link", { name: /lee\.gu/ }).click();
  await expect(page).toHaveURL(`${A}/`);
  // LOOKUP_LIMIT_PER_HOUR is 4 for this run: lookups on A and B count together…
  let allowed = 0;
  for (const origin of [A, B, A, B, A, B]) {
    const html = await (await page.request.get(`${origin}/?keyId=DEADBEEF`)).text();
    if (html.includes("You have looked up many Recovery key IDs")) break;
    allowed++;
  }
  expect(allowed).toBe(4);
  // …a mistyped ID (no Graph call) is not counted, and the refused lookup does not reach Graph.
  await page.goto(`${B}/?keyId=XYZ`);
  await expect(page.getByText("“X” is not in a Recovery key ID")).toBeVisible();
  const before = await graphCalls();
  await page.goto(`${A}/?keyId=DEADBEEF`);
  await expect(page.getByTestId("lookup-limited")).toContainText(
    "You have looked up many Recovery key IDs in the last hour. Try again in 60 minutes",
  );
  expect(await graphCalls()).toBe(before);
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

test("Auth.js's own sign-in endpoint shares the limit, and X-Forwarded-For does not lift it", async ({
  page,
  request,
}) => {
  // TRUSTED_PROXY_HOPS is 0 here: clients connect directly, so the header counts for nothing.
  let limited = false;
  for (let attempt = 1; attempt <= 10 && !limited; attempt++) {
    const headers = { "x-forwarded-for": `198.51.100.${attempt}`, "x-real-ip": `198.51.100.${attempt}` };
    const { csrfToken } = (await (await request.get(`${B}/api/auth/csrf`, { headers })).json()) as {
      csrfToken: string;
    };
    const start = await request.post(`${B}/api/auth/signin/microsoft-entra-id`, {
      headers,
      form: { csrfToken, callbackUrl: "/devices" },
      maxRedirects: 0,
    });
    expect(start.status()).toBeLessThan(400);
    limited = new URL(start.headers()["location"] ?? "/", B).href.startsWith(`${B}/signin?error=RateLimited`);
  }
  expect(limited).toBe(true);
  // The /signin button, from a "new" address each time, is refused as well.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.250" });
  await page.goto(`${A}/signin`);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await expect(page.getByText("Too many sign-in attempts from this network")).toBeVisible();
});
