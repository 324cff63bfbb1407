/**
 * The Recovery Key ID: the GUID the lockout screen shows so people can tell which key to use.
 * Windows 10/11 show all 32 hex digits in upper case; Graph returns the same GUID in lower case;
 * older tools (MBAM, the AD viewer) search by the first 8 characters.
 */
export const KEY_ID_HEX_LENGTH = 32;
export const MIN_KEY_ID_PREFIX_LENGTH = 8;
/**
 * A braced, dashed GUID is 38 characters; room for a pasted "Recovery key ID:" label in any
 * language and stray spaces, but not for an essay.
 */
export const MAX_KEY_ID_INPUT_LENGTH = 100;

export type KeyIdInputError = "empty" | "too-short" | "too-long" | "invalid-characters";
/** A look-alike letter read as the digit it stands for (the lockout screen's font makes O and 0 close). */
export type KeyIdCorrection = { from: string; to: string };
export type KeyIdInput =
  | { ok: true; hex: string; corrections: KeyIdCorrection[] }
  | { ok: false; reason: Exclude<KeyIdInputError, "invalid-characters"> }
  | { ok: false; reason: "invalid-characters"; character: string };

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOWER_HEX_PATTERN = /^[0-9a-f]+$/;
const FULL_HEX_PATTERN = /^[0-9a-f]{32}$/;
/** Letters no Key ID contains but people type for the digit they resemble. */
const LOOK_ALIKES: Record<string, string> = { O: "0", o: "0", I: "1", i: "1", l: "1" };
/** "Recovery key ID:" (or the words in any language, ending in a colon) copied with the ID. */
const LABEL_PATTERN = /^[^:]*:/;
const ENGLISH_LABEL_PATTERN = /^(recovery\s*)?(key\s*)?id\b\s*/i;
/** Word-processor dashes and invisible joiners that a copy brings along. */
const DASHES = /[\u2010-\u2015\u2212]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** A character as the error message can show it: invisible and control characters by code point. */
function nameCharacter(character: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)) return character.toUpperCase();
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Hex positions a dash precedes in the 8-4-4-4-12 form. */
const DASH_AFTER = [8, 12, 16, 20];

const compact = (keyId: string) => keyId.replace(/-/g, "").toLowerCase();

/**
 * Turns what someone typed or pasted from the lockout screen into a lower-case hex prefix.
 * Forgiving where the intent is plain — full-width digits from a Japanese keyboard, a pasted
 * "Recovery key ID:" label, braces, the screen's trailing "…", O for 0 and I or l for 1 (each
 * correction is reported so the page can say so) — and strict about everything else: the
 * result only ever filters Graph results, and any other character is named back to the person.
 */
export function normalizeKeyIdInput(input: string): KeyIdInput {
  if (input.length > MAX_KEY_ID_INPUT_LENGTH) return { ok: false, reason: "too-long" };
  let text = input.normalize("NFKC").replace(INVISIBLE, "").replace(DASHES, "-").trim();
  if (text.includes(":")) text = text.replace(LABEL_PATTERN, "");
  else text = text.replace(ENGLISH_LABEL_PATTERN, "");
  text = text.trim().replace(/\.+$/, "");
  // A leading brace alone is a braced GUID typed in part; a closing one needs its opener.
  if (text.startsWith("{")) text = text.endsWith("}") ? text.slice(1, -1) : text.slice(1);
  text = text.replace(/[\s-]/g, "");

  if (text === "") return { ok: false, reason: "empty" };
  const corrections: KeyIdCorrection[] = [];
  let hex = "";
  for (const character of text) {
    const digit = Object.hasOwn(LOOK_ALIKES, character) ? LOOK_ALIKES[character] : undefined;
    if (digit !== undefined) {
      if (!corrections.some((c) => c.from === character)) corrections.push({ from: character, to: digit });
      hex += digit;
    } else if (/^[0-9a-f]$/i.test(character)) hex += character;
    else return { ok: false, reason: "invalid-characters", character: nameCharacter(character) };
  }
  if (hex.length < MIN_KEY_ID_PREFIX_LENGTH) return { ok: false, reason: "too-short" };
  if (hex.length > KEY_ID_HEX_LENGTH) return { ok: false, reason: "too-long" };
  return { ok: true, hex: hex.toLowerCase(), corrections };
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

/**
 * "Did you mean": keys whose Key ID starts with what was typed except for exactly one
 * character — one misread or mistyped digit. Only ever applied to the person's own keys.
 */
export function nearKeyIds<T extends { id: string }>(hexPrefix: string, keys: T[]): T[] {
  const prefix = compact(hexPrefix);
  if (prefix.length < MIN_KEY_ID_PREFIX_LENGTH || !LOWER_HEX_PATTERN.test(prefix)) return [];
  return keys.filter((key) => {
    const start = compact(key.id).slice(0, prefix.length);
    if (start.length !== prefix.length) return false;
    let differences = 0;
    for (let i = 0; i < prefix.length; i++) if (start[i] !== prefix[i]) differences++;
    return differences === 1;
  });
}

/**
 * Where similar Key IDs first part ways, in the displayed, dashed form: from the first character
 * they do not all share to the end of that dash group. Random GUIDs differ almost everywhere
 * after that, so marking every difference would mark everything; this points at the one group
 * to compare with the screen.
 */
export function differingPositions(keyIds: string[]): Set<number> {
  const shown = keyIds.map(formatKeyIdForDisplay);
  const length = Math.max(0, ...shown.map((id) => id.length));
  for (let i = 0; i < length; i++) {
    if (new Set(shown.map((id) => id[i])).size === 1) continue;
    const positions = new Set<number>();
    for (let j = i; j < length && shown.some((id) => id[j] !== undefined && id[j] !== "-"); j++) positions.add(j);
    return positions;
  }
  return new Set();
}

/** Positions (in the displayed, dashed form) where a Key ID differs from the hex prefix typed. */
export function differencesFromTyped(hexPrefix: string, keyId: string): Set<number> {
  const hex = compact(keyId);
  const typed = compact(hexPrefix);
  const positions = new Set<number>();
  for (let i = 0; i < Math.min(typed.length, hex.length); i++) {
    if (typed[i] !== hex[i]) positions.add(i + DASH_AFTER.filter((at) => i >= at).length);
  }
  return positions;
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
