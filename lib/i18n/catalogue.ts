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

export type Vars = Record<string, string | number>;

/**
 * Looks a message up (falling back to English) and fills `{name}` placeholders. A placeholder
 * written `{count, plural, one {…} other {…}}` picks the form by the locale's plural rules.
 */
export function translate(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  const template = catalogues[locale][key] ?? en[key];
  const plurals = new Intl.PluralRules(locale);
  return template
    .replace(/\{(\w+), plural, ((?:\w+ \{[^{}]*\} ?)+)\}/g, (_match, name: string, forms: string) => {
      const count = Number(vars[name] ?? 0);
      const table = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
      return (table.get(plurals.select(count)) ?? table.get("other") ?? "").replaceAll("#", String(count));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
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
