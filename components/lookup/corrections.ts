import "server-only";
import { getLocale, getT } from "@/lib/i18n/server";
import type { KeyIdCorrection } from "@/lib/recovery-key/key-id";

/** "We read O as 0 and I as 1: …" — the corrections said back in the page's language. */
export async function describeCorrections(corrections: KeyIdCorrection[]): Promise<string> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const pairs = corrections.map((c) => t("lookup.correctedPair", { from: c.from, to: c.to }));
  return t("lookup.corrected", { list: new Intl.ListFormat(locale, { type: "conjunction" }).format(pairs) });
}
