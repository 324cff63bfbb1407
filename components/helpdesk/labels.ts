import { formatMessage, type Vars } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/catalogue";
import type { HelpdeskFailure } from "@/lib/helpdesk/actions";

/** The console's own messages, and the device and drive words it shares with the portal. */
export type HelpdeskKey =
  | Extract<MessageKey, `console.${string}`>
  | Extract<MessageKey, `device.join.${string}`>
  | Extract<MessageKey, `volume.${string}`>
  | "device.unnamed";

export type HelpdeskT = (key: HelpdeskKey, vars?: Vars) => string;

export const makeT =
  (locale: string, messages: Record<string, string>): HelpdeskT =>
  (key, vars) =>
    formatMessage(locale, messages[key] ?? key, vars);

/**
 * A refusal or a Graph failure, worded the same for the search and the reveal. "not-found" is left
 * to each: no key matched the search, or the key chosen has gone since.
 */
export const FAILURE_MESSAGES: Record<Exclude<HelpdeskFailure, "not-found">, HelpdeskKey> = {
  "not-agent": "console.error.not-agent",
  "rate-limited": "console.error.rate-limited",
  forbidden: "console.error.forbidden",
  "session-expired": "console.error.session-expired",
  throttled: "console.error.throttled",
  unavailable: "console.error.unavailable",
  timeout: "console.error.unavailable",
  "bad-response": "console.error.unavailable",
  "bad-request": "console.error.unavailable",
  "app-credential": "console.error.unavailable",
};
