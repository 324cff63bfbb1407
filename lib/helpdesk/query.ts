import { KEY_ID_HEX_LENGTH, normalizeKeyIdInput, type KeyIdCorrection } from "@/lib/recovery-key/key-id";

/** How the console looks for the caller's PC, decided from what the agent typed. */
export type HelpdeskQuery =
  | { by: "key-id"; keyId: string; corrections: KeyIdCorrection[] }
  | { by: "pc"; name: string; keyPrefix: string | null; corrections: KeyIdCorrection[] }
  | { by: "person"; signInName: string; keyPrefix: string | null; corrections: KeyIdCorrection[] };

export type HelpdeskQueryError =
  "empty" | "key-id-too-short" | "key-id-invalid" | "prefix-needs-pc" | "pc-name-invalid" | "sign-in-name-invalid";

/** Device names as Windows and Entra allow them; nothing that could change an OData string. */
const PC_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._ -]{0,63}$/u;
const SIGN_IN_NAME = /^[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}.-]{1,190}\.[\p{L}]{2,}$/u;

const clean = (value: string) =>
  value
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
    .trim();

/**
 * Reads the two boxes of the search form: a Recovery key ID (full, or its first 8+ characters,
 * forgiving like the self-service box) and a PC name or the person's sign-in name. A full Key ID
 * is one direct read; a prefix alone would mean listing every key of the tenant, so it needs the
 * PC or the person too.
 */
export function parseHelpdeskQuery(
  keyIdInput: string,
  whoInput: string,
): { ok: true; query: HelpdeskQuery } | { ok: false; error: HelpdeskQueryError } {
  const who = clean(whoInput);
  let prefix: { hex: string; corrections: KeyIdCorrection[] } | null = null;
  if (clean(keyIdInput) !== "") {
    const keyId = normalizeKeyIdInput(keyIdInput);
    if (!keyId.ok) return { ok: false, error: keyId.reason === "too-short" ? "key-id-too-short" : "key-id-invalid" };
    if (keyId.hex.length === KEY_ID_HEX_LENGTH)
      return { ok: true, query: { by: "key-id", keyId: toGuid(keyId.hex), corrections: keyId.corrections } };
    prefix = { hex: keyId.hex, corrections: keyId.corrections };
  }
  if (who === "") return { ok: false, error: prefix ? "prefix-needs-pc" : "empty" };
  const keyPrefix = prefix?.hex ?? null;
  const corrections = prefix?.corrections ?? [];
  if (who.includes("@")) {
    const signInName = who.replace(/\s+/g, "").toLowerCase();
    if (!SIGN_IN_NAME.test(signInName)) return { ok: false, error: "sign-in-name-invalid" };
    return { ok: true, query: { by: "person", signInName, keyPrefix, corrections } };
  }
  const name = who.replace(/\s+/g, " ");
  if (!PC_NAME.test(name)) return { ok: false, error: "pc-name-invalid" };
  return { ok: true, query: { by: "pc", name, keyPrefix, corrections } };
}

function toGuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A string literal for an OData `$filter`: single quotes doubled, as OData requires. */
export const odataString = (value: string) => `'${value.replace(/'/g, "''")}'`;
