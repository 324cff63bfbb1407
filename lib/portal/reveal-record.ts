import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";

/**
 * When this person revealed which keys in this browser, so the key page can say that Windows
 * replaced a key after it was used (lib/portal/rotation.ts). Key IDs and times only, never a key.
 *
 * The reveal action answers with a signed receipt; the page hands it to /api/reveal-record, which
 * keeps it in an httpOnly cookie signed with AUTH_SECRET and bound to the signed-in person. (A
 * cookie set by the action itself would make Next.js render the whole page again before the key
 * is shown.) The browser can neither read the record from script nor forge or move it.
 */
const COOKIE = "keydesk-revealed";
const MAX_ENTRIES = 20;
const keyIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const entries = z.array(z.tuple([z.string().regex(keyIdPattern), z.number().int().positive()])).max(MAX_ENTRIES);
type Entries = z.infer<typeof entries>;
type Person = { tenantId: string; objectId: string };

const mac = (purpose: string, person: Person, payload: string) =>
  createHmac("sha256", env().AUTH_SECRET)
    .update(`${purpose}\n${person.tenantId}\n${person.objectId}\n${payload}`)
    .digest("base64url");

function signedBy(purpose: string, person: Person, payload: string, signature: string): boolean {
  const expected = Buffer.from(mac(purpose, person, payload));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function read(person: Person, value: string | undefined): Entries {
  const [payload = "", signature = ""] = (value ?? "").split(".");
  if (!payload || !signedBy(COOKIE, person, payload, signature)) return [];
  try {
    const parsed = entries.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** What the reveal action returns beside the key: "this person revealed this key at this time". */
export function revealReceipt(person: Person, keyId: string, atMs: number): string {
  const payload = `${keyId.toLowerCase()}.${atMs}`;
  return `${payload}.${mac("receipt", person, payload)}`;
}

/** When this person revealed this key here (milliseconds since epoch), or null. */
export async function revealedAt(person: Person, keyId: string): Promise<number | null> {
  const found = read(person, (await cookies()).get(COOKIE)?.value).find(([id]) => id === keyId.toLowerCase());
  return found ? found[1] : null;
}

/**
 * Keeps a receipt of this person's in the record (a route handler: it may set cookies without
 * re-rendering a page). False for anything that is not such a receipt.
 */
export async function recordReceipt(person: Person, receipt: string): Promise<boolean> {
  const [keyId = "", at = "", signature = ""] = receipt.split(".");
  if (!keyIdPattern.test(keyId) || !/^\d{1,15}$/.test(at) || !signedBy("receipt", person, `${keyId}.${at}`, signature))
    return false;
  const jar = await cookies();
  const kept = read(person, jar.get(COOKIE)?.value).filter(([other]) => other !== keyId);
  const payload = Buffer.from(JSON.stringify([[keyId, Number(at)], ...kept].slice(0, MAX_ENTRIES))).toString(
    "base64url",
  );
  const e = env();
  jar.set(COOKIE, `${payload}.${mac(COOKIE, person, payload)}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: e.AUTH_URL?.startsWith("https://") ?? false,
    maxAge: Math.round(e.SESSION_MAX_AGE_HOURS * 3600),
  });
  return true;
}
