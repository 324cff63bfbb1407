import "server-only";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/catalogue";

/**
 * IT's incident text in the page's language: the text for that language, else English, else the
 * first one given (a plain-text INCIDENT_MESSAGE serves every language). Null outside an incident.
 */
export function incidentMessage(locale: Locale): string | null {
  return pickIncidentMessage(env().INCIDENT_MESSAGE, locale);
}

export function pickIncidentMessage(messages: Record<string, string> | null, locale: Locale): string | null {
  if (!messages) return null;
  const own = (lang: string) => (Object.hasOwn(messages, lang) ? messages[lang] : undefined);
  return own(locale) ?? own("*") ?? own("en") ?? Object.values(messages)[0] ?? null;
}
