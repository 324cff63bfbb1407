/**
 * The Recovery Key ID: the GUID the lockout screen shows so people can tell which key to use.
 * Windows 10/11 show all 32 hex digits in upper case; Graph returns the same GUID in lower case;
 * older tools (MBAM, the AD viewer) search by the first 8 characters.
 */
export const KEY_ID_HEX_LENGTH = 32;
export const MIN_KEY_ID_PREFIX_LENGTH = 8;
/** A braced, dashed GUID is 38 characters; room for stray spaces, but not for an essay. */
export const MAX_KEY_ID_INPUT_LENGTH = 64;

export type KeyIdInputError = "empty" | "too-short" | "too-long" | "invalid-characters";
export type KeyIdInput = { ok: true; hex: string } | { ok: false; reason: KeyIdInputError };

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_PATTERN = /^[0-9a-fA-F]*$/;
const LOWER_HEX_PATTERN = /^[0-9a-f]+$/;
const FULL_HEX_PATTERN = /^[0-9a-f]{32}$/;

const compact = (keyId: string) => keyId.replace(/-/g, "").toLowerCase();

/**
 * Turns what someone typed from the lockout screen into a lower-case hex prefix. Only ASCII
 * spaces, dashes and one pair of braces are tolerated: the result is used to filter Graph
 * results, so anything else is refused rather than cleaned up.
 */
export function normalizeKeyIdInput(input: string): KeyIdInput {
  if (input.length > MAX_KEY_ID_INPUT_LENGTH) return { ok: false, reason: "too-long" };
  let text = input.replace(/^ +| +$/g, "");
  // A leading brace alone is a braced GUID typed in part; a closing one needs its opener.
  if (text.startsWith("{")) text = text.endsWith("}") ? text.slice(1, -1) : text.slice(1);
  text = text.replace(/[ -]/g, "");

  if (text === "") return { ok: false, reason: "empty" };
  if (!HEX_PATTERN.test(text)) return { ok: false, reason: "invalid-characters" };
  if (text.length < MIN_KEY_ID_PREFIX_LENGTH) return { ok: false, reason: "too-short" };
  if (text.length > KEY_ID_HEX_LENGTH) return { ok: false, reason: "too-long" };
  return { ok: true, hex: text.toLowerCase() };
}

/**
 * Whether `keyId` starts with `hexPrefix`, ignoring case and dashes. A prefix shorter than 8
 * hex digits never matches, so an empty or partial search cannot list every key.
 */
export function keyIdMatches(hexPrefix: string, keyId: string): boolean {
  const prefix = compact(hexPrefix);
  if (prefix.length < MIN_KEY_ID_PREFIX_LENGTH || prefix.length > KEY_ID_HEX_LENGTH) return false;
  if (!LOWER_HEX_PATTERN.test(prefix)) return false;
  return compact(keyId).startsWith(prefix);
}

export function matchKeyIds<T extends { id: string }>(hexPrefix: string, keys: T[]): T[] {
  return keys.filter((key) => keyIdMatches(hexPrefix, key.id));
}

/** Upper case with dashes, exactly as the recovery screen prints it, so people can compare by eye. */
export function formatKeyIdForDisplay(keyId: string): string {
  const hex = compact(keyId);
  if (!FULL_HEX_PATTERN.test(hex)) return keyId.toUpperCase();
  const groups = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)];
  return groups.join("-").toUpperCase();
}

/** The part older tools and help desks ask for. */
export function keyIdFirstBlock(keyId: string): string {
  return compact(keyId).slice(0, MIN_KEY_ID_PREFIX_LENGTH).toUpperCase();
}

/** Strict `8-4-4-4-12` hex check for ids that are about to be put into a Graph URL. */
export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value);
}
