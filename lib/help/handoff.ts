import { z } from "zod";
import type { MessageKey, Vars } from "@/lib/i18n/catalogue";
import { normalizeKeyIdInput } from "@/lib/recovery-key/key-id";
import { MAX_LENGTH } from "./handoff-view";

/**
 * The help-desk message at the end of "I can't find my key". Everything in it comes from fields
 * checked here; anything that looks like recovery-key digits is refused, never passed on.
 */
export type HandoffFields = { name: string; email: string; device: string; keyId: string };
export type HandoffField = keyof HandoffFields;
export type HandoffDetails = { name: string | null; email: string | null; device: string | null; keyId: string | null };
export type HandoffCheck =
  | { ok: true; details: HandoffDetails }
  | { ok: false; errors: Partial<Record<HandoffField | "form", MessageKey>>; values: HandoffFields };

export const MAX_NAME_LENGTH = MAX_LENGTH.name;
export const MAX_EMAIL_LENGTH = MAX_LENGTH.email;
export const MAX_DEVICE_LENGTH = MAX_LENGTH.device;
/** Every field has a cap (a full Key ID with dashes is 36 characters); a longer value is dropped, never echoed. */
export { MAX_LENGTH };

const DEVICE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]/gu;
const emailSchema = z.email().max(MAX_EMAIL_LENGTH);

/**
 * 12 or more digits in a row once separators are ignored: two blocks of a recovery key, or more.
 * The text is NFKC-normalised first (full-width ０-９ become 0-9) and every character that is not
 * a letter or a digit counts as a separator (dashes of any kind, colons, plus, pipes, any space);
 * digits of any script count. `?` counts as a digit because people type it for digits they cannot
 * read. Letters end a run: Key IDs (hex) and device names mix them with digits.
 */
export function containsKeyMaterial(text: string): boolean {
  const compact = text.normalize("NFKC").replace(/[^\p{L}\p{Nd}?]/gu, "");
  return /[\p{Nd}?]{12,}/u.test(compact);
}

const clean = (value: string | undefined): string => (value ?? "").replace(CONTROL_CHARACTERS, " ").trim();

/** Upper case with the GUID's dashes for as many characters as were typed: `4290B6C0-B17A`. */
export function formatKeyIdPrefix(hex: string): string {
  const upper = hex.toUpperCase();
  const groups = [upper.slice(0, 8), upper.slice(8, 12), upper.slice(12, 16), upper.slice(16, 20), upper.slice(20, 32)];
  return groups.filter(Boolean).join("-");
}

const KEY_ID_ERRORS = {
  empty: "help.handoff.error.needOne",
  "too-short": "help.handoff.error.keyIdShort",
  "too-long": "help.handoff.error.keyIdLong",
  "invalid-characters": "help.handoff.error.keyIdChars",
} as const satisfies Record<string, MessageKey>;

/** Checks what was typed into the handoff form. Values echoed back never contain key material. */
export function checkHandoff(input: Partial<HandoffFields>): HandoffCheck {
  const values = {
    name: clean(input.name),
    email: clean(input.email),
    device: clean(input.device),
    keyId: clean(input.keyId),
  };
  const errors: Partial<Record<HandoffField | "form", MessageKey>> = {};

  for (const field of ["name", "email", "device", "keyId"] as const) {
    if (containsKeyMaterial(values[field])) {
      errors[field] = field === "keyId" ? "help.handoff.error.keyIdKeyMaterial" : "help.handoff.error.keyMaterial";
      values[field] = "";
    } else if (values[field].length > MAX_LENGTH[field]) {
      errors[field] = "help.handoff.error.tooLong";
      values[field] = "";
    }
  }
  if (!errors.email && values.email && !emailSchema.safeParse(values.email).success)
    errors.email = "help.handoff.error.email";
  if (!errors.device && values.device && !DEVICE_PATTERN.test(values.device))
    errors.device = "help.handoff.error.device";

  let keyId: string | null = null;
  if (!errors.keyId && values.keyId) {
    const parsed = normalizeKeyIdInput(values.keyId);
    if (parsed.ok) keyId = formatKeyIdPrefix(parsed.hex);
    else errors.keyId = KEY_ID_ERRORS[parsed.reason];
  }
  if (!values.device && !values.keyId && !errors.device && !errors.keyId) errors.form = "help.handoff.error.needOne";

  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    details: { name: values.name || null, email: values.email || null, device: values.device || null, keyId },
  };
}

type Translate = (key: MessageKey, vars?: Vars) => string;
export type HandoffMessage = { subject: string; body: string };

export const detailsAsFields = (details: HandoffDetails): HandoffFields => ({
  name: details.name ?? "",
  email: details.email ?? "",
  device: details.device ?? "",
  keyId: details.keyId ?? "",
});

/** Subject and body of the e-mail; `tried` are the lines of the path the user took. */
export function buildHandoffMessage(
  details: HandoffDetails,
  tried: readonly MessageKey[],
  time: string,
  t: Translate,
): HandoffMessage {
  const notGiven = t("help.handoff.notGiven");
  const lines = [
    t("help.handoff.intro"),
    "",
    t("help.handoff.line.name", { value: details.name ?? notGiven }),
    t("help.handoff.line.account", { value: details.email ?? notGiven }),
    t("help.handoff.line.device", { value: details.device ?? notGiven }),
    t("help.handoff.line.keyId", { value: details.keyId ?? notGiven }),
    t("help.handoff.line.time", { value: time }),
    "",
    t("help.handoff.line.tried"),
    ...(tried.length > 0 ? tried.map((key) => `- ${t(key)}`) : [`- ${t("help.handoff.line.nothingTried")}`]),
  ];
  const subject = details.device
    ? t("help.handoff.subject", { device: details.device })
    : t("help.handoff.subjectNoDevice");
  return { subject, body: lines.join("\n") };
}

/** RFC 6068: percent-encoded subject and body, CRLF line breaks. */
export function mailtoHref(address: string, message: HandoffMessage): string {
  const subject = encodeURIComponent(message.subject);
  const body = encodeURIComponent(message.body.replace(/\r?\n/g, "\r\n"));
  return `mailto:${address}?subject=${subject}&body=${body}`;
}

/** "2 Mar 2026, 08:14 UTC": the help desk and the user may be in different time zones. */
export function formatHandoffTime(date: Date, locale: string): string {
  const formatted = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date);
  return `${formatted} UTC`;
}
