import "server-only";
import { catalogues, pickMessages, type Locale, type MessageKey } from "@/lib/i18n/catalogue";

const SHARED: MessageKey[] = [
  "device.unnamed",
  "device.join.entra",
  "device.join.hybrid",
  "device.join.registered",
  "device.join.unknown",
  "volume.os",
  "volume.fixed",
  "volume.removable",
  "volume.unknown",
];

/** The console's message templates in the agent's language, for its client components. */
export function consoleMessages(locale: Locale): Record<string, string> {
  const own = (Object.keys(catalogues.en) as MessageKey[]).filter((key) => key.startsWith("console."));
  return pickMessages(locale, [...own, ...SHARED]);
}
