import type { Page } from "@playwright/test";
import { expect, seed, signIn, test } from "./fixtures";

const KEY = seed.tenants[0]?.recoveryKeys[0]?.key ?? "";
const WHOLE_KEY = /\d{6}(?:[\s-]?\d{6}){7}/;

async function walkToHandoff(page: Page) {
  await page.goto("/help/cant-find-key");
  await expect(
    page.getByRole("heading", { level: 2, name: "Which account do you use to sign in to the locked PC?" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "A work or school account" }).click();
  await page.getByRole("link", { name: "I signed in, but the PC or its key isn't listed" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "The PC may not be registered to you" })).toBeVisible();
  await page.getByRole("link", { name: "Look for a saved copy" }).click();
  await page.getByRole("link", { name: "There's no copy" }).click();
  await expect(page.getByTestId("helpdesk")).toContainText("+1 555 0100");
  await page.getByRole("link", { name: "Prepare a message for the help desk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Message for the help desk" })).toBeVisible();
}

test.describe("I can't find my key", () => {
  test("the decision path ends in a help-desk message with the details and no key", async ({ page }) => {
    await walkToHandoff(page);
    await expect(page.getByTestId("decision-answers")).toContainText("A work or school account");

    // A recovery key typed by mistake is refused and never shown or sent on.
    await page.getByRole("textbox", { name: "Your name" }).fill("Adele Vance");
    await page.getByRole("textbox", { name: "Your work e-mail address" }).fill("adele.vance@contoso.example");
    await page.getByRole("textbox", { name: "Name of the PC" }).fill(KEY);
    await page.getByRole("button", { name: "Create the message" }).click();
    await expect(page.getByText("That looks like part of a recovery key, so it was removed.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Name of the PC" })).toHaveValue("");
    expect(page.url()).not.toMatch(/\d{6}/);
    expect(await page.content()).not.toMatch(WHOLE_KEY);

    await page.getByRole("textbox", { name: "Name of the PC" }).fill("ADELE-LAPTOP");
    await page.getByRole("textbox", { name: "Recovery key ID" }).fill("4290b6c0-b17a");
    await page.getByRole("button", { name: "Create the message" }).click();

    const message = page.locator("pre");
    await expect(message).toContainText("Name: Adele Vance");
    await expect(message).toContainText("Account: adele.vance@contoso.example");
    await expect(message).toContainText("PC name: ADELE-LAPTOP");
    await expect(message).toContainText("Recovery key ID: 4290B6C0-B17A");
    await expect(message).toContainText(/Time: .+ UTC/);
    await expect(message).toContainText("- The PC uses a work or school account.");
    await expect(message).toContainText("- Signed in to KeyDesk: the PC or its key isn't listed.");
    await expect(message).toContainText("- Looked for a printed or USB copy: none found.");

    const href = (await page.getByRole("link", { name: "Send by e-mail" }).getAttribute("href")) ?? "";
    expect(href).toMatch(/^mailto:helpdesk@contoso\.example\?subject=/);
    const mail = decodeURIComponent(href);
    expect(mail).toContain("subject=BitLocker recovery key needed: ADELE-LAPTOP");
    expect(mail).toContain("PC name: ADELE-LAPTOP");
    expect(mail).toContain("Recovery key ID: 4290B6C0-B17A");
    expect(mail).toContain("- Looked for a printed or USB copy: none found.");
    expect(mail).not.toMatch(WHOLE_KEY);
    expect(await page.content()).not.toMatch(WHOLE_KEY);

    await page.getByRole("button", { name: "Change the details" }).click();
    await expect(page.getByRole("textbox", { name: "Name of the PC" })).toHaveValue("ADELE-LAPTOP");
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("Adele Vance");
  });

  test("nothing typed into the form ever appears in a URL, and every field has a cap", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url(), request.headers()["referer"] ?? ""));
    page.on("response", (response) => urls.push(response.headers()["location"] ?? ""));
    await walkToHandoff(page);
    const typed = { name: "Zora Typedname", email: "zora.typed@contoso.example", device: "ZORA-TYPEDPC" };
    await page.getByRole("textbox", { name: "Your name" }).fill(typed.name);
    await page.getByRole("textbox", { name: "Your work e-mail address" }).fill(typed.email);
    await page.getByRole("textbox", { name: "Name of the PC" }).fill(typed.device);
    await page.getByRole("textbox", { name: "Recovery key ID" }).fill("4290b6c0");
    await page.getByRole("button", { name: "Create the message" }).click();
    await expect(page.locator("pre")).toContainText(`PC name: ${typed.device}`);
    const typedAnywhere = (url: string) =>
      [...Object.values(typed), "Zora", "TYPEDPC", "4290b6c0", "4290B6C0"].some((value) =>
        decodeURIComponent(url).includes(value),
      );
    expect([...urls, page.url()].filter(typedAnywhere)).toEqual([]);
    await page.getByRole("button", { name: "Change the details" }).click();
    await expect(page.getByRole("textbox", { name: "Name of the PC" })).toHaveValue(typed.device);
    expect([...urls, page.url()].filter(typedAnywhere)).toEqual([]);
    for (const field of ["Your name", "Your work e-mail address", "Name of the PC", "Recovery key ID"])
      expect(Number(await page.getByRole("textbox", { name: field }).getAttribute("maxlength"))).toBeGreaterThan(0);
  });

  test("a key behind any separator, or a 20 KB field, is refused and never echoed or put in a URL", async ({
    page,
    request,
  }) => {
    const blocks = KEY.split("-");
    const fullWidth = KEY.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    // The old endpoint answered with all of it in a redirect; it is gone, and nothing redirects.
    const old = await request.post("/help/cant-find-key/send", {
      form: { name: blocks.join("–"), device: "PC", path: "work" },
      maxRedirects: 0,
    });
    expect(old.status()).toBeGreaterThanOrEqual(400);
    expect(old.status()).toBeLessThan(500);
    expect(old.headers()["location"]).toBeUndefined();

    await walkToHandoff(page);
    for (const written of [blocks.join("–"), blocks.join(":"), blocks.join("+"), blocks.join("|"), fullWidth]) {
      await page.getByRole("textbox", { name: "Name of the PC" }).fill(written);
      await page.getByRole("button", { name: "Create the message" }).click();
      await expect(page.getByText("That looks like part of a recovery key, so it was removed.")).toBeVisible();
      await expect(page.getByRole("textbox", { name: "Name of the PC" })).toHaveValue("");
      expect(page.url()).not.toMatch(/\d{6}/);
      expect(await page.content()).not.toContain(blocks[2]);
    }
    // Browsers stop at the cap; a client that does not is told so, and the text is not sent back.
    await page.getByRole("textbox", { name: "Your name" }).evaluate((input) => input.removeAttribute("maxlength"));
    await page.getByRole("textbox", { name: "Your name" }).fill("n".repeat(20_000));
    await page.getByRole("textbox", { name: "Name of the PC" }).fill("PC-1");
    await page.getByRole("button", { name: "Create the message" }).click();
    await expect(page.getByText("That is too long: use at most 80 characters.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("");
    expect(page.url().length).toBeLessThan(200);
  });

  test("a signed-in user is not asked who they are", async ({ page }) => {
    await signIn(page, "adele.vance@contoso.example");
    await page.goto("/help/cant-find-key?step=handoff&path=work");
    await expect(page.getByText("You're signed in as Adele Vance (adele.vance@contoso.example).")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Your name" })).toHaveCount(0);
    await page.getByRole("textbox", { name: "Recovery key ID" }).fill("4290B6C0");
    await page.getByRole("button", { name: "Create the message" }).click();
    await expect(page.locator("pre")).toContainText("Name: Adele Vance");
    await expect(page.locator("pre")).toContainText("Account: adele.vance@contoso.example");
    await expect(page.locator("pre")).toContainText("PC name: not given");
  });

  test("the whole path works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto("/help/cant-find-key");
    await page.getByRole("link", { name: "I'm not sure" }).click();
    await page.getByRole("link", { name: "I have more than one work or school account" }).click();
    await page.getByRole("link", { name: "I tried: it's still not there" }).click();
    await page.getByRole("link", { name: "Look for a saved copy" }).click();
    await page.getByRole("link", { name: "There's no copy" }).click();
    await page.getByRole("link", { name: "Prepare a message for the help desk" }).click();
    await page.getByRole("textbox", { name: "Name of the PC" }).fill("MEGAN-PC");
    await page.getByRole("button", { name: "Create the message" }).click();
    await expect(page.locator("pre")).toContainText("PC name: MEGAN-PC");
    await expect(page.locator("pre")).toContainText("- Signed in with my other account: still not listed.");
    await context.close();
  });

  test("a personal account is sent to account.microsoft.com", async ({ page }) => {
    await page.goto("/help/cant-find-key");
    await page.getByRole("link", { name: /A personal Microsoft account/ }).click();
    await expect(page.getByRole("link", { name: "Open account.microsoft.com recovery keys" })).toHaveAttribute(
      "href",
      "https://account.microsoft.com/devices/recoverykey",
    );
  });
});
