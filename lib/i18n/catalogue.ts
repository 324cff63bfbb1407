import { formatMessage, type Vars } from "./format";
import deHelp from "@/messages/de/help.json";
import deHelpdesk from "@/messages/de/helpdesk.json";
import deIt from "@/messages/de/it.json";
import dePortal from "@/messages/de/portal.json";
import enHelp from "@/messages/en/help.json";
import enHelpdesk from "@/messages/en/helpdesk.json";
import enIt from "@/messages/en/it.json";
import enPortal from "@/messages/en/portal.json";
import esHelp from "@/messages/es/help.json";
import esHelpdesk from "@/messages/es/helpdesk.json";
import esIt from "@/messages/es/it.json";
import esPortal from "@/messages/es/portal.json";
import frHelp from "@/messages/fr/help.json";
import frHelpdesk from "@/messages/fr/helpdesk.json";
import frIt from "@/messages/fr/it.json";
import frPortal from "@/messages/fr/portal.json";
import jaHelp from "@/messages/ja/help.json";
import jaHelpdesk from "@/messages/ja/helpdesk.json";
import jaIt from "@/messages/ja/it.json";
import jaPortal from "@/messages/ja/portal.json";

/** English is the reference catalogue: every key exists here (a test checks the others match). */
const en = { ...enPortal, ...enHelp, ...enIt, ...enHelpdesk };

export const LOCALES = ["en", "de", "fr", "es", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** Each language's own name, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  ja: "日本語",
};

export const catalogues: Record<Locale, Partial<Messages>> = {
  en,
  de: { ...dePortal, ...deHelp, ...deIt, ...deHelpdesk },
  fr: { ...frPortal, ...frHelp, ...frIt, ...frHelpdesk },
  es: { ...esPortal, ...esHelp, ...esIt, ...esHelpdesk },
  ja: { ...jaPortal, ...jaHelp, ...jaIt, ...jaHelpdesk },
};

/** Looks a message up (falling back to English) and fills its placeholders. */
export function translate(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  return formatMessage(locale, catalogues[locale][key] ?? en[key], vars);
}

/** The given messages, untranslated templates included, for a client component to format. */
export function pickMessages<K extends MessageKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, catalogues[locale][key] ?? en[key]])) as Record<K, string>;
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split("-")[0];
    const match = LOCALES.find((l) => l === tag || l === base);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

export const isLocale = (value: string | undefined): value is Locale => LOCALES.some((l) => l === value);

export type { Vars };
