import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { RecordedGrant } from "../emulators/state";
import { seed } from "./fixtures";
import { BROKERED_EMULATOR_PORT, BROKERED_PORT } from "./ports";

/** The tenant the brokered portal serves (scripts/portal-settings.ts): it restricts owner self-service. */
export const northwind = seed.tenants.find((t) => t.domain === "northwind.example")!;
export const deviceNamed = (name: string) => northwind.devices.find((d) => d.displayName === name)!;
export const keyOf = (name: string) => northwind.recoveryKeys.find((k) => k.deviceId === deviceNamed(name).deviceId)!;

const control = `http://localhost:${BROKERED_EMULATOR_PORT}/_emulator`;

/** Token requests KeyDesk's application made to the brokered portal's emulated Entra. */
export async function appTokenRequests(): Promise<RecordedGrant[]> {
  const grants = (await (await fetch(`${control}/grants`)).json()) as RecordedGrant[];
  return grants.filter((grant) => grant.grantType === "client_credentials");
}

/** The brokered portal's log: its audit events. */
export function auditEvents(): Record<string, unknown>[] {
  return readFileSync(resolve(`.emulator/portal-${BROKERED_PORT}.log`), "utf8")
    .split("\n")
    .filter((line) => line.includes('"type":"keydesk.audit"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Signs in through the tenant's own account picker (a single-tenant issuer lists its people as buttons). */
export async function signInTo(page: Page, upn: string, path = "/"): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await page.getByRole("button", { name: new RegExp(upn.replace(/[.]/g, "\\.")) }).click();
  await expect(page).not.toHaveURL(/\/signin|localhost:\d+\/[0-9a-f-]{36}\//);
}

/** The page's main text with one Key ID (as typed or shown) blanked, to compare two answers. */
export async function mainTextWithout(page: Page, ...ids: string[]): Promise<string> {
  let text = await page.locator("main").innerText();
  for (const id of ids) text = text.replaceAll(new RegExp(id.replace(/-/g, "-?"), "gi"), "<id>");
  return text;
}
