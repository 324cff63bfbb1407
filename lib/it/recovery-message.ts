/**
 * The pre-boot recovery message and URL ("Configure pre-boot recovery message and URL"), as Group
 * Policy and as the BitLocker CSP node SystemDrivesRecoveryMessage expect them. Pure, so the IT
 * page and its tests share one source of truth.
 */

/** BitLocker CSP: RecoveryMessage_Input is a string of at most 900 characters. */
export const MAX_MESSAGE_LENGTH = 900;
/** BitLocker CSP: RecoveryUrl_Input is a string of at most 500 characters. */
export const MAX_URL_LENGTH = 500;

export const GPO_PATH = [
  "Computer Configuration",
  "Administrative Templates",
  "Windows Components",
  "BitLocker Drive Encryption",
  "Operating System Drives",
] as const;
export const GPO_SETTING = "Configure pre-boot recovery message and URL";
export const CSP_OMA_URI = "./Device/Vendor/MSFT/BitLocker/SystemDrivesRecoveryMessage";

export type RecoveryOption = "message" | "url";

/** What each option is called in the Group Policy editor, and its CSP drop-down value. */
export const OPTIONS = {
  message: { gpoChoice: "Use custom recovery message", gpoField: "Custom recovery message option:", cspValue: "2" },
  url: { gpoChoice: "Use custom recovery URL", gpoField: "Custom recovery URL option:", cspValue: "3" },
} as const satisfies Record<RecoveryOption, { gpoChoice: string; gpoField: string; cspValue: string }>;

export type Problem =
  | { field: "message"; code: "empty" }
  | { field: "message"; code: "tooLong"; length: number; limit: number }
  | { field: "url"; code: "empty" | "invalid" }
  | { field: "url"; code: "tooLong"; length: number; limit: number };

export type Warning =
  | { field: "message" | "url"; code: "characters"; characters: string[] }
  | { field: "message"; code: "noAddress" }
  | { field: "url"; code: "notHttps" };

export type RecoverySetting = {
  option: RecoveryOption;
  message: string;
  url: string;
  counts: { message: number; url: number };
  problems: Problem[];
  warnings: Warning[];
  /** Present only when there is no problem: the text for the Group Policy field and the CSP value. */
  values: { gpo: string; csp: string } | null;
};

/** The Group Policy field is a single line: line breaks and runs of spaces become one space. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The address as people type it on a phone: without `https://` (browsers add it) and without a
 * trailing slash. A plain-http address keeps its scheme, or the browser would try https.
 */
export function typeableAddress(url: string): string {
  return url.replace(/^https:\/\//i, "").replace(/\/$/, "");
}

/** Characters outside printable ASCII, which the pre-boot screen may not be able to draw. */
export function unusualCharacters(text: string): string[] {
  return [...new Set([...text].filter((c) => c < " " || c > "~"))];
}

/** Escapes text for an XML attribute value, as the CSP's `<data … value="…"/>` needs. */
export function xmlAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The CSP value. Microsoft's documentation asks for all three data elements whenever the policy
 * is enabled (a missing one fails with status 500), so both texts are always sent; Windows shows
 * the one the drop-down selects.
 */
export function cspValue(option: RecoveryOption, message: string, url: string): string {
  return (
    `<enabled/><data id="PrebootRecoveryInfoDropDown_Name" value="${OPTIONS[option].cspValue}"/>` +
    `<data id="RecoveryMessage_Input" value="${xmlAttribute(message)}"/>` +
    `<data id="RecoveryUrl_Input" value="${xmlAttribute(url)}"/>`
  );
}

function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === "https:" || protocol === "http:") && hostname.length > 0 && !/\s/.test(value);
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/** Validates IT's message and URL and, when both are usable, makes the values to deploy. */
export function buildRecoverySetting(input: { option: RecoveryOption; message: string; url: string }): RecoverySetting {
  const message = normalizeText(input.message);
  const url = input.url.trim();
  const problems: Problem[] = [];
  const warnings: Warning[] = [];

  if (!message && input.option === "message") problems.push({ field: "message", code: "empty" });
  if (message.length > MAX_MESSAGE_LENGTH)
    problems.push({ field: "message", code: "tooLong", length: message.length, limit: MAX_MESSAGE_LENGTH });
  if (!url) problems.push({ field: "url", code: "empty" });
  else if (!isWebUrl(url)) problems.push({ field: "url", code: "invalid" });
  if (url.length > MAX_URL_LENGTH)
    problems.push({ field: "url", code: "tooLong", length: url.length, limit: MAX_URL_LENGTH });

  const messageCharacters = unusualCharacters(message);
  if (messageCharacters.length > 0)
    warnings.push({ field: "message", code: "characters", characters: messageCharacters });
  const urlCharacters = unusualCharacters(url);
  if (urlCharacters.length > 0) warnings.push({ field: "url", code: "characters", characters: urlCharacters });
  if (
    input.option === "message" &&
    message &&
    url &&
    isWebUrl(url) &&
    !message.toLowerCase().includes(typeableAddress(url).toLowerCase())
  ) {
    warnings.push({ field: "message", code: "noAddress" });
  }
  if (isWebUrl(url) && new URL(url).protocol === "http:" && !LOOPBACK.test(new URL(url).hostname))
    warnings.push({ field: "url", code: "notHttps" });

  const values =
    problems.length === 0
      ? { gpo: input.option === "message" ? message : url, csp: cspValue(input.option, message, url) }
      : null;
  return {
    option: input.option,
    message,
    url,
    counts: { message: message.length, url: url.length },
    problems,
    warnings,
    values,
  };
}

export function parseOption(value: string | undefined): RecoveryOption {
  return value === "url" ? "url" : "message";
}
