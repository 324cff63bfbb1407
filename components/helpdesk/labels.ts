import { formatMessage, type Vars } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/catalogue";

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
