import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

/** The browser's cookies for one request, as next/headers hands them to a route handler. */
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
  }),
}));

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "r".repeat(40));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
});
beforeEach(() => jar.clear());

const ADELE = { tenantId: "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75", objectId: "8c1f6a2e-3b7d-4e90-a5c4-1d2e3f4a5b6c" };
const MEGAN = { ...ADELE, objectId: "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9" };
const KEY = "4290b6c0-b17a-497a-8552-272cc30e80d4";
const AT = 1_796_000_000_123;

describe("the reveal record", () => {
  it("keeps the time of a reveal from the action's receipt, for that person and key only", async () => {
    const { recordReceipt, revealReceipt, revealedAt } = await import("./reveal-record");
    expect(await recordReceipt(ADELE, revealReceipt(ADELE, KEY.toUpperCase(), AT))).toBe(true);
    expect(await revealedAt(ADELE, KEY)).toBe(AT);
    expect(await revealedAt(ADELE, "0290b6c0-b17a-497a-8552-272cc30e80d4")).toBeNull();
    // The same cookie in another person's session says nothing.
    expect(await revealedAt(MEGAN, KEY)).toBeNull();
    // It holds Key IDs and times, never more.
    expect(Buffer.from(jar.get("keydesk-revealed")!.split(".")[0]!, "base64url").toString()).toBe(`[["${KEY}",${AT}]]`);
  });

  it("refuses receipts that the reveal action did not sign for this person", async () => {
    const { recordReceipt, revealReceipt } = await import("./reveal-record");
    const receipt = revealReceipt(ADELE, KEY, AT);
    expect(await recordReceipt(MEGAN, receipt)).toBe(false);
    expect(await recordReceipt(ADELE, receipt.replace(String(AT), String(AT - 3_600_000)))).toBe(false);
    expect(await recordReceipt(ADELE, `${KEY}.${AT}.`)).toBe(false);
    expect(await recordReceipt(ADELE, "not a receipt")).toBe(false);
    expect(jar.size).toBe(0);
  });

  it("ignores a record whose content was changed in the browser", async () => {
    const { recordReceipt, revealReceipt, revealedAt } = await import("./reveal-record");
    await recordReceipt(ADELE, revealReceipt(ADELE, KEY, AT));
    const [, signature] = jar.get("keydesk-revealed")!.split(".");
    const forged = Buffer.from(JSON.stringify([[KEY, 1]])).toString("base64url");
    jar.set("keydesk-revealed", `${forged}.${signature}`);
    expect(await revealedAt(ADELE, KEY)).toBeNull();
  });

  it("remembers the latest reveal of each key, newest first, at most twenty keys", async () => {
    const { recordReceipt, revealReceipt, revealedAt } = await import("./reveal-record");
    const keyId = (n: number) => `${String(n).padStart(8, "0")}-b17a-497a-8552-272cc30e80d4`;
    for (let n = 0; n < 22; n++) await recordReceipt(ADELE, revealReceipt(ADELE, keyId(n), AT + n));
    await recordReceipt(ADELE, revealReceipt(ADELE, keyId(5), AT + 100));
    expect(await revealedAt(ADELE, keyId(5))).toBe(AT + 100);
    expect(await revealedAt(ADELE, keyId(21))).toBe(AT + 21);
    expect(await revealedAt(ADELE, keyId(0))).toBeNull();
    expect(await revealedAt(ADELE, keyId(1))).toBeNull();
    expect(await revealedAt(ADELE, keyId(2))).toBe(AT + 2);
  });
});
