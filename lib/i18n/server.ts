import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import {
  isLocale,
  negotiateLocale,
  pickMessages,
  translate,
  type Locale,
  type MessageKey,
  type Vars,
} from "./catalogue";

export const LOCALE_COOKIE = "keydesk-locale";

export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
});

export type Translate = (key: MessageKey, vars?: Vars) => string;

export async function getT(): Promise<Translate> {
  const locale = await getLocale();
  return (key, vars) => translate(locale, key, vars);
}

/** Building an Intl formatter costs more than rendering a device row, so each locale's are built once. */
const formattersByLocale = new Map<Locale, { dateTime: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();

function intlFormatters(locale: Locale) {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    formatters = {
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }),
    };
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

export async function getFormatters() {
  const locale = await getLocale();
  const { dateTime, date } = intlFormatters(locale);
  return {
    locale,
    dateTime: (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : null),
    date: (iso: string | null) => (iso ? date.format(new Date(iso)) : null),
  };
}

/** Message templates for a client component (formatted there with formatMessage). */
export async function getClientMessages<K extends MessageKey>(
  keys: readonly K[],
): Promise<{ locale: Locale; messages: Record<K, string> }> {
  const locale = await getLocale();
  return { locale, messages: pickMessages(locale, keys) };
}
