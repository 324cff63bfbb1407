import { expect, seed, test } from "./fixtures";

/** A real key of the seed tenant: every block passes its checksum. */
const KEY = seed.tenants[0]?.recoveryKeys[0]?.key ?? "";
const BLOCKS = KEY.split("-");

const replaceAt = (text: string, position: number, char: string) =>
  text.slice(0, position) + char + text.slice(position + 1);

test.describe("the key checker", () => {
  test("flags a mistyped block and works out an unreadable digit, all in the browser", async ({ page }) => {
    expect(BLOCKS).toHaveLength(8);
    const [b1, b2, b3, b4, ...rest] = BLOCKS as [string, string, string, string, ...string[]];
    // Any single changed digit breaks a block's checksum; "?" hides the third digit of block 4.
    const mistyped = replaceAt(b2, 5, String((Number(b2[5]) + 1) % 10));
    const unreadable = replaceAt(b4, 2, "?");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url() + (request.postData() ?? "")));

    await page.goto("/help/key-checker");
    const input = page.getByRole("textbox", { name: "Recovery key (48 digits)" });
    await input.fill([b1, mistyped, b3, unreadable, ...rest].join("-"));

    const blocks = page.getByTestId("checker-block");
    await expect(blocks.nth(1)).toContainText("Mistyped");
    await expect(blocks.nth(1)).toHaveAttribute("data-status", "invalid");
    await expect(blocks.nth(3)).toContainText("Repaired");
    await expect(blocks.nth(3).locator("mark")).toHaveText(b4[2] ?? "");
    await expect(blocks.nth(0)).toContainText("Valid");
    await expect(page.getByRole("status").filter({ hasText: "blocks are valid" })).toHaveText(
      "7 of 8 blocks are valid so far. 1 block needs checking.",
    );

    await input.fill([b1, b2, b3, unreadable, ...rest].join(" "));
    await expect(page.getByRole("status").filter({ hasText: "Every block fits" })).toBeVisible();
    await expect(page.getByTestId("checker-result")).toContainText(KEY);

    // Nothing typed left the page or was stored.
    expect(page.url()).not.toMatch(/\d{6}/);
    expect(requests.join("\n")).not.toContain(b1 + b2);
    expect(requests.join("\n")).not.toContain(mistyped);
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    );
    expect(stored).not.toMatch(/\d{6}/);
  });

  test("lists the candidates when two digits of a block are unreadable", async ({ page }) => {
    await page.goto("/help/key-checker");
    await page
      .getByRole("textbox", { name: "Recovery key (48 digits)" })
      .fill(`${replaceAt(replaceAt(BLOCKS[0] ?? "", 0, "?"), 1, "?")}`);
    const first = page.getByTestId("checker-block").first();
    await expect(first).toContainText("Several possible");
    await expect(first.getByRole("listitem").filter({ hasText: BLOCKS[0] ?? "" })).toBeVisible();
    await expect(page.getByTestId("checker-block").nth(1)).toContainText("Not complete");
  });
});
