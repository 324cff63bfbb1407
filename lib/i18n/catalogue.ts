import { formatMessage, type Vars } from "./format";
import enHelp from "@/messages/en/help.json";
import enIt from "@/messages/en/it.json";
import enPortal from "@/messages/en/portal.json";

/** English is the reference catalogue: every key exists here; other languages may lag. */
const en = { ...enPortal, ...enHelp, ...enIt };

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const catalogues: Record<Locale, Partial<Messages>> = { en };

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
