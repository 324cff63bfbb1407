import { randomUUID } from "node:crypto";
import { captureActions, expect, test } from "./fixtures";
import {
  appTokenRequests,
  auditEvents,
  deviceNamed,
  keyOf,
  mainTextWithout,
  northwind,
  signInTo,
} from "./brokered-fixtures";

const ISAIAH = "isaiah.langer@northwind.example";
const JOHANNA = "johanna.lorenz@northwind.example";
const MIRIAM = "miriam.graham@northwind.example";
const PRADEEP = "pradeep.gupta@northwind.example";
const oid = (upn: string) => northwind.users.find((u) => u.userPrincipalName === upn)!.id;

test.describe("brokered key access: KeyDesk's rule, on a phone", () => {
  test("a hybrid-joined PC with no owner: its Intune primary user reads the key, and the audit names the rule", async ({
    page,
  }) => {
    const key = keyOf("NW-PC-0317");
    await signInTo(page, JOHANNA, "/devices");
    const pc = page.getByTestId("device").filter({ hasText: "NW-PC-0317" });
    await expect(pc).toBeVisible();
    await expect(pc).toContainText("Hybrid joined");
    await pc.getByTestId("key-link").click();
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-block")).toHaveText(key.key.split("-"));

    await expect
      .poll(() =>
        auditEvents().find((e) => (e.target as { keyId: string }).keyId === key.id && e.outcome === "success"),
      )
      .toMatchObject({
        accessMode: "brokered",
        rule: "primary-user",
        actor: { objectId: oid(JOHANNA) },
        target: { keyId: key.id, deviceId: deviceNamed("NW-PC-0317").deviceId },
      });
  });

  test("a tenant that restricts owner self-service: the owner finds his key by its ID and reads it", async ({
    page,
  }) => {
    const key = keyOf("ISAIAH-LAPTOP");
    await signInTo(page, ISAIAH);
    await expect(page.getByTestId("restricted")).toHaveCount(0);
    await page.getByLabel("Recovery key ID", { exact: true }).fill(key.id.slice(0, 8).toUpperCase());
    await page.getByRole("button", { name: "Find my key" }).click();
    await expect(page).toHaveURL(new RegExp(`/keys/${key.id}`));
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-block")).toHaveText(key.key.split("-"));
    await expect
      .poll(() =>
        auditEvents().find((e) => (e.target as { keyId: string }).keyId === key.id && e.outcome === "success"),
      )
      .toMatchObject({ accessMode: "brokered", rule: "owner" });
  });

  test("a server in the excluded group answers exactly like a key and a device that do not exist", async ({ page }) => {
    const server = keyOf("NW-FS-01");
    const unknown = randomUUID();
    await signInTo(page, PRADEEP, "/devices");
    await expect(page.getByTestId("device").filter({ hasText: "PRADEEP-LAPTOP" })).toBeVisible();
    await expect(page.getByTestId("device").filter({ hasText: "NW-FS-01" })).toHaveCount(0);

    const answers: string[] = [];
    for (const id of [server.id, unknown]) {
      const response = await page.goto(`/keys/${id}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("failure")).toContainText("Not found");
      await expect(page.getByRole("button", { name: "Show recovery key" })).toHaveCount(0);
      answers.push(await mainTextWithout(page, id));
    }
    expect(answers[0]).toBe(answers[1]);

    const lookups: string[] = [];
    for (const id of [server.id, unknown]) {
      await page.goto(`/?keyId=${id.slice(0, 8)}`);
      lookups.push(await mainTextWithout(page, id.slice(0, 8)));
    }
    expect(lookups[0]).toBe(lookups[1]);

    for (const objectId of [deviceNamed("NW-FS-01").id, randomUUID()]) {
      const response = await page.goto(`/devices/${objectId}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });

  test("a person outside the self-service group is sent to the help desk, and reads nothing", async ({ page }) => {
    const own = keyOf("MIRIAM-LAPTOP");
    await signInTo(page, MIRIAM);
    await expect(page.getByTestId("restricted")).toContainText("help desk");
    await page.goto("/devices");
    await expect(page.getByTestId("restricted")).toBeVisible();
    await expect(page.getByTestId("device")).toHaveCount(0);
    await page.goto(`/?keyId=${own.id.slice(0, 8)}`);
    await expect(page.getByTestId("restricted")).toBeVisible();
    await page.goto(`/keys/${own.id}`);
    await expect(page.getByTestId("failure")).toContainText("Not found");
    await expect(page.getByRole("button", { name: "Show recovery key" })).toHaveCount(0);
  });

  test("another person's key id and device id answer like unknown ones, and a forged reveal reads nothing", async ({
    page,
  }) => {
    const mine = keyOf("ISAIAH-LAPTOP");
    const theirs = keyOf("NW-PC-0317");
    await signInTo(page, ISAIAH, `/keys/${mine.id}`);
    const reveals = await captureActions(page);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-blocks")).toBeVisible();
    const captured = reveals[0]!;

    const forged = await page.request.post(`/keys/${mine.id}`, {
      headers: captured.headers,
      data: captured.body.replaceAll(mine.id, theirs.id),
    });
    const text = await forged.text();
    expect(text).toContain("not-found");
    expect(text).not.toContain(theirs.key);

    const unknown = randomUUID();
    const answers: string[] = [];
    for (const id of [theirs.id, unknown]) {
      await page.goto(`/keys/${id}`);
      answers.push(await mainTextWithout(page, id));
    }
    expect(answers[0]).toBe(answers[1]);
    const response = await page.goto(`/devices/${deviceNamed("NW-PC-0317").id}`);
    expect(response?.status()).toBe(404);
    await expect
      .poll(() =>
        auditEvents().find((e) => (e.target as { keyId: string }).keyId === theirs.id && e.outcome !== "success"),
      )
      .toMatchObject({ outcome: "not_found", accessMode: "brokered", actor: { objectId: oid(ISAIAH) } });
  });

  test("KeyDesk's application token is fetched once and shared, not asked for per request", async ({ page }) => {
    await signInTo(page, ISAIAH, "/devices");
    await expect(page.getByTestId("device")).toHaveCount(1);
    const before = (await appTokenRequests()).length;
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await expect(page.getByTestId("device")).toHaveCount(1);
    }
    expect((await appTokenRequests()).length).toBe(before);
  });
});
