import { captureActions, expect, test } from "./fixtures";
import { auditEvents, keyOf, northwind, signInTo } from "./brokered-fixtures";

const PRADEEP = "pradeep.gupta@northwind.example";
const ISAIAH = "isaiah.langer@northwind.example";
const rotationEvents = (keyId: string) =>
  auditEvents().filter((e) => e.event === "recovery_key.rotation" && (e.target as { keyId: string }).keyId === keyId);

test.describe("a key shown is a key spent (ROTATE_AFTER_REVEAL)", () => {
  test("back in Windows, the person asks for a new key; Intune rotates it and the audit follows it to the new key", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const key = keyOf("PRADEEP-LAPTOP");
    await signInTo(page, PRADEEP, `/keys/${key.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-block")).toHaveText(key.key.split("-"));

    const offer = page.getByTestId("rotation-offer");
    await expect(offer).toContainText("This key will be replaced");
    await expect(offer).toContainText("in 60 minutes");
    // Nothing is asked of Intune before the person says so (or the hour runs out).
    expect(rotationEvents(key.id)).toEqual([]);
    await offer.getByRole("button", { name: "I'm back in Windows" }).click();
    await expect(offer.getByRole("status")).toHaveText(/Intune will replace this key/);
    await expect(offer.getByRole("button", { name: "I'm back in Windows" })).toHaveCount(0);

    const actor = {
      userPrincipalName: PRADEEP,
      objectId: northwind.users.find((u) => u.userPrincipalName === PRADEEP)!.id,
    };
    await expect.poll(() => rotationEvents(key.id).map((e) => e.outcome), { timeout: 30_000 }).toContain("requested");
    await expect
      .poll(() => rotationEvents(key.id).find((e) => e.outcome === "confirmed"), { timeout: 60_000 })
      .toMatchObject({ trigger: "person", accessMode: "brokered", actor, target: { keyId: key.id } });
    const confirmed = rotationEvents(key.id).find((e) => e.outcome === "confirmed")!;
    expect(confirmed.newKeyId).not.toBe(key.id);
    // No key material in any rotation event.
    expect(JSON.stringify(rotationEvents(key.id))).not.toContain(key.key);
  });

  test("a forged request cannot have another person's key replaced", async ({ page }) => {
    const own = keyOf("ISAIAH-LAPTOP");
    const other = keyOf("NW-PC-0317");
    await signInTo(page, ISAIAH, `/keys/${own.id}`);
    await page.getByRole("button", { name: "Show recovery key" }).click();
    await expect(page.getByTestId("key-block")).toHaveText(own.key.split("-"));
    const captured = await captureActions(page);
    await page.getByRole("button", { name: "I'm back in Windows" }).click();
    await expect(page.getByTestId("rotation-offer").getByRole("status")).toHaveText(/Intune will replace/);
    const action = captured[0]!;
    expect(action.body).toContain(own.id);
    // The same action, with Johanna's key: KeyDesk's rule, on Graph's answer, refuses it.
    const forged = await page.request.post(`/keys/${own.id}`, {
      headers: action.headers,
      data: action.body.replace(own.id, other.id),
    });
    expect(forged.status()).toBe(200);
    expect(await forged.text()).toContain('"failed"');
    await expect.poll(() => rotationEvents(own.id).map((e) => e.outcome), { timeout: 30_000 }).toContain("requested");
    expect(rotationEvents(other.id)).toEqual([]);
  });
});
