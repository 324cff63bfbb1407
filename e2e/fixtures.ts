import { test as base, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Seed } from "../emulators/seed/types";
import type {
  EmulatorConfig,
  Fault,
  IssuedToken,
  RecordedCall,
  RecordedGrant,
  RecordedSignOut,
} from "../emulators/state";
import { EMULATOR_PORT } from "./ports";

export const seed = JSON.parse(readFileSync(resolve("emulators/seed/tenants.json"), "utf8")) as Seed;
export const user = (upn: string) => {
  for (const tenant of seed.tenants) {
    const found = tenant.users.find((u) => u.userPrincipalName === upn);
    if (found) return { ...found, tenant };
  }
  throw new Error(`no seed user ${upn}`);
};

const control = `http://localhost:${EMULATOR_PORT}/_emulator`;

/** The emulator's control plane: what Graph was asked, and faults to inject. */
export const emulator = {
  async calls(upn: string): Promise<RecordedCall[]> {
    return (await fetch(`${control}/calls?user=${encodeURIComponent(upn)}`)).json() as Promise<RecordedCall[]>;
  },
  async addFault(fault: Omit<Fault, "id">): Promise<Fault> {
    return (await fetch(`${control}/faults`, { method: "POST", body: JSON.stringify(fault) })).json() as Promise<Fault>;
  },
  async faults(): Promise<Fault[]> {
    return (await fetch(`${control}/faults`)).json() as Promise<Fault[]>;
  },
  /**
   * Graph answers 429 to reads of this one key's password: a fault scoped to one key (see
   * `keyForFaults`) leaves the journeys that reveal other keys of the same person alone.
   */
  async throttleKeyRead(keyId: string, retryAfter: number): Promise<Fault> {
    return this.addFault({
      kind: "status",
      status: 429,
      retryAfter,
      match: {
        pathPrefix: `/v1.0/informationProtection/bitlocker/recoveryKeys/${keyId}`,
        queryIncludes: "$select=key",
      },
    });
  },
  async removeFault(id: string): Promise<void> {
    await fetch(`${control}/faults/${id}`, { method: "DELETE" });
  },
  async grants(): Promise<RecordedGrant[]> {
    return (await fetch(`${control}/grants`)).json() as Promise<RecordedGrant[]>;
  },
  async signOuts(): Promise<RecordedSignOut[]> {
    return (await fetch(`${control}/sign-outs`)).json() as Promise<RecordedSignOut[]>;
  },
  async tokens(): Promise<IssuedToken[]> {
    return (await fetch(`${control}/tokens`)).json() as Promise<IssuedToken[]>;
  },
  async config(patch: Partial<EmulatorConfig>): Promise<void> {
    await fetch(`${control}/config`, { method: "PATCH", body: JSON.stringify(patch) });
  },
};

/**
 * Adele's operating-system keys on CONTOSO-LAB-07 that no journey reveals, oldest first: each
 * journey that makes Graph fail a key read takes its own (index), so the fault disturbs no other.
 */
export function keyForFaults(index: number) {
  const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
  const lab = contoso.devices.find((d) => d.displayName === "CONTOSO-LAB-07")!;
  const oldestFirst = contoso.recoveryKeys
    .filter((k) => k.deviceId === lab.deviceId && String(k.volumeType) === "1")
    .sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime));
  const key = oldestFirst[index];
  if (!key || index > 2) throw new Error(`no key for faults at ${index}: the three oldest are reserved`);
  return key;
}

/** Signs in through the emulated Entra account picker, starting from `path`. */
export async function signIn(page: Page, upn: string, path = "/"): Promise<void> {
  await page.goto(path);
  // A public page does not ask for sign-in: start from the sign-in page and come back to it.
  if (!page.url().includes("/signin")) await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.getByRole("link", { name: new RegExp(upn.replace(/[.]/g, "\\.")) }).click();
  await expect(page).not.toHaveURL(/\/signin|localhost:\d+\/(common|[0-9a-f-]{36})\//);
}

const adeleDesktopKeyId = () => {
  const contoso = seed.tenants.find((t) => t.users.some((u) => u.userPrincipalName === ADELE_UPN))!;
  const desktop = contoso.devices.find((d) => d.displayName === "ADELE-DESKTOP")!;
  return contoso.recoveryKeys.find((k) => k.deviceId === desktop.deviceId)!.id;
};
const ADELE_UPN = "adele.vance@contoso.example";

export type CapturedAction = { headers: Record<string, string>; body: string };

/** From now on, the server actions the page sends to `url` (headers and body as sent), to replay or alter. */
export async function captureActions(page: Page, url = "**/keys/**"): Promise<CapturedAction[]> {
  const captured: CapturedAction[] = [];
  await page.route(url, async (route) => {
    if (route.request().method() === "POST")
      captured.push({ headers: route.request().headers(), body: route.request().postData() ?? "" });
    await route.fallback();
  });
  return captured;
}

/** Signs in as Adele, reveals her desktop key and returns the reveal server action as sent, to replay or alter. */
export async function revealAndCapture(page: Page): Promise<CapturedAction> {
  await signIn(page, ADELE_UPN, `/keys/${adeleDesktopKeyId()}`);
  const captured = await captureActions(page);
  await page.getByRole("button", { name: "Show recovery key" }).click();
  await expect(page.getByTestId("key-blocks")).toBeVisible();
  return captured[0]!;
}

export const test = base;
export { expect };
