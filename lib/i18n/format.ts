export type Vars = Record<string, string | number>;

const rulesByLocale = new Map<string, Intl.PluralRules>();
/** Building plural rules is costly and they never change: one per locale, made on first use. */
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * Fills `{name}` placeholders; `{count, plural, one {…} other {…}}` picks the form by the
 * locale's plural rules and `#` stands for the number. Pure, so client components can use it
 * on strings the server picked for them.
 */
export function formatMessage(locale: string, template: string, vars: Vars = {}): string {
  if (!template.includes("{")) return template;
  return template
    .replace(/\{(\w+), plural, ((?:\w+ \{[^{}]*\} ?)+)\}/g, (_match, name: string, forms: string) => {
      const count = Number(vars[name] ?? 0);
      const table = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
      return (table.get(pluralRules(locale).select(count)) ?? table.get("other") ?? "").replaceAll("#", String(count));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}

/** A countdown as m:ss (digits read the same in every supported language). */
export const formatCountdown = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

const formatters = new Map<string, unknown>();
/** A countdown re-renders every second: its formatters are built once per locale and unit. */
function memo<T>(id: string, make: () => T): T {
  if (!formatters.has(id)) formatters.set(id, make());
  return formatters.get(id) as T;
}

/** The unit a wait is said in: seconds under a minute, minutes under 90 minutes, then hours. */
function waitUnit(seconds: number): { value: number; unit: "second" | "minute" | "hour" } {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return { value: s, unit: "second" };
  if (s < 90 * 60) return { value: Math.max(1, Math.round(s / 60)), unit: "minute" };
  return { value: Math.round(s / 3600), unit: "hour" };
}

/**
 * A wait as people say it — "in 49 minutes", "dans 49 minutes", "49 分後" — never "2963 s".
 * Intl knows each language's words and plurals, so no catalogue entry is needed per unit.
 */
export function formatWait(locale: string, seconds: number): string {
  const { value, unit } = waitUnit(seconds);
  return memo(`rel:${locale}`, () => new Intl.RelativeTimeFormat(locale, { style: "long" })).format(value, unit);
}

/** A length of time on its own — "10 minutes", "10 Minuten", "10 分" — in the same units as a wait. */
export function formatDuration(locale: string, seconds: number): string {
  const { value, unit } = waitUnit(seconds);
  return memo(
    `dur:${locale}:${unit}`,
    () => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }),
  ).format(value);
}
