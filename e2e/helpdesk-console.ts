import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { APIRequestContext, APIResponse, Browser, Page } from "@playwright/test";
import { BROKEN_PERCENT_ENCODINGS, PROTOTYPE_KEYS } from "../test/prototype-keys";
import { captureActions, expect, seed, signIn, user } from "./fixtures";
import { EMULATOR_PORT, PORTAL_PORT } from "./ports";

/**
 * The help-desk console's server actions as an outsider calls them, and what every answer must
 * carry, for e2e/helpdesk-fuzz.spec.ts.
 */
export const PATTI = "patti.fernandez@contoso.example";
export const ORIGIN = `http://localhost:${PORTAL_PORT}`;
export const HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
export const CHECKS = ["Called back on the number in the directory", "Caller read the Key ID from the screen"];
export const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
export const fabrikam = seed.tenants.find((t) => t.domain === "fabrikam.example")!;
export const device = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
export const desktopKey = contoso.recoveryKeys.find((k) => k.deviceId === device("ADELE-DESKTOP").deviceId)!;
export const foreignKey = fabrikam.recoveryKeys[0]!;
export const NOWHERE = "0badc0de-5eed-4000-8000-00000000f022";
export const allKeys = seed.tenants.flatMap((t) => t.recoveryKeys.map((k) => k.key));

export const portalLog = () => readFileSync(resolve(`.emulator/portal-${PORTAL_PORT}.log`), "utf8");
export const ticketNumber = () => `INC${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

export function report(item: string, count: number, fiveHundreds: number) {
  console.log(`helpdesk fuzz ${item}: ${count} payloads, ${fiveHundreds} answers >= 500`);
}

/** The header set every answer of the portal carries, refusals included. */
export function expectHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
}

export function expectNoKey(text: string, label: string) {
  for (const key of allKeys)
    for (const form of [key, key.replaceAll("-", "")]) expect(text.includes(form), `key in ${label}`).toBe(false);
}

/** The value a server action answered (the RSC line after the build's own `0:` line). */
export const answerOf = (text: string) => /^1:(.*)$/m.exec(text)?.[1] ?? text;

export type ConsoleActions = { search: string; reveal: string; rotate: string };

/**
 * Signs Patti in and takes the console's action ids as an outsider would: the search and the
 * reveal from what her page sends (a reveal refused for its missing ticket), the rotation from
 * the page's script, which names every action it can call.
 */
export async function consoleActions(page: Page): Promise<ConsoleActions> {
  await signIn(page, PATTI, "/helpdesk");
  const sent = await captureActions(page, "**/helpdesk");
  await page.getByLabel("PC name or the person's sign-in name").fill("ADELE-DESKTOP");
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await page.getByRole("button", { name: /Read key 310597A1 of ADELE-DESKTOP/ }).click();
  await page.getByRole("button", { name: "Show the key" }).click();
  await expect(page.getByTestId("helpdesk-error")).toBeVisible();
  const [search, reveal] = sent.map((s) => s.headers["next-action"] ?? "");
  const html = await (await page.request.get("/helpdesk")).text();
  let rotate = "";
  for (const src of html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g) ?? []) {
    const script = await (await page.request.get(src)).text();
    rotate ||= /"([0-9a-f]{42})"[^;]{0,80}"rotateForCaller"/.exec(script)?.[1] ?? "";
  }
  for (const id of [search, reveal, rotate]) expect(id).toMatch(/^[0-9a-f]{42}$/);
  return { search: search!, reveal: reveal!, rotate };
}

/** Calls a console action the way React does: JSON arguments in a text body. */
export function callAction(
  api: APIRequestContext,
  id: string,
  args: unknown[] | string,
  headers: Record<string, string> = {},
) {
  return api.post("/helpdesk", {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: ORIGIN, ...headers },
    data: typeof args === "string" ? args : JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** The search form as the browser posts it (FormData fields prefixed `1_`, the previous state first). */
export function search(
  api: APIRequestContext,
  id: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const multipart: Record<string, string> = { "0": JSON.stringify([{ status: "idle" }, "$K1"]) };
  for (const [name, value] of Object.entries(fields)) multipart[`1_${name}`] = value;
  return api.post("/helpdesk", {
    headers: { "next-action": id, origin: ORIGIN, ...headers },
    multipart,
    maxRedirects: 0,
  });
}

export const validReveal = (keyId: string, ticket = ticketNumber()) => ({
  keyId,
  ticket,
  reason: "Forgot PIN",
  checks: CHECKS,
});

/** Hostile text for the search boxes and the ticket, by class (the same list every run). */
export function hostileText(marker: string): Record<string, string[]> {
  const digits = (zero: number) => "4290".replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
  return {
    "prototype names": [...PROTOTYPE_KEYS, "prototype", "length", "default"],
    "broken percent-encoding": [...BROKEN_PERCENT_ENCODINGS],
    "Unicode digits": [
      `${digits(0xff10)}B${digits(0xff10).slice(0, 1)}C0`,
      `${digits(0x0660)}B6C0`,
      `${digits(0x0966)}B6C0`,
      `${digits(0x06f0)}B6C0`,
      desktopKey.id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
      desktopKey.id.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
      "ADELE-DESKTOP".replace(/E/g, "Ｅ"),
      `${marker}٤٢`,
    ],
    "OData and path injection": [
      "'",
      "ADELE' or true or '",
      "x') or startswith(displayName,'",
      "ADELE-DESKTOP'&$select=key",
      "a@b.example/../../me",
      "x@contoso.example'",
      "../../informationProtection/bitlocker/recoveryKeys",
      "?$select=key",
      `${marker}#`,
    ],
    "control characters, quotes and ANSI": [
      `${marker}\r\nX-Injected: 1`,
      `${marker}\n{"type":"keydesk.audit","forged":true}`,
      `${marker}\u001b[31mred\u001b[0m`,
      `${marker}"},{"forged":true,"x":"`,
      `${marker}\\"\\u0000`,
      `${marker}\u2028{"forged":true}`,
      `${marker}\u202eRTL`,
      `${marker}\u0000`,
    ],
    "huge values": [
      `${marker}${"A".repeat(10_000)}`,
      `${marker}${"é".repeat(200_000)}`,
      "x".repeat(64),
      "1".repeat(65),
    ],
  };
}

/** Signs a person in, in a context of their own, for their cookie. */
export async function signedIn(browser: Browser, upn: string) {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  await signIn(page, upn, "/");
  return { context, page };
}

export async function setRoles(upn: string, roleTemplateIds: string[]) {
  const response = await fetch(`http://localhost:${EMULATOR_PORT}/_emulator/users/${user(upn).id}/directory-roles`, {
    method: "PUT",
    body: JSON.stringify({ roleTemplateIds }),
  });
  expect(response.ok).toBe(true);
}
