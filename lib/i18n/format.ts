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
