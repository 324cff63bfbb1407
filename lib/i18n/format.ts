export type Vars = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; `{count, plural, one {…} other {…}}` picks the form by the
 * locale's plural rules and `#` stands for the number. Pure, so client components can use it
 * on strings the server picked for them.
 */
export function formatMessage(locale: string, template: string, vars: Vars = {}): string {
  const plurals = new Intl.PluralRules(locale);
  return template
    .replace(/\{(\w+), plural, ((?:\w+ \{[^{}]*\} ?)+)\}/g, (_match, name: string, forms: string) => {
      const count = Number(vars[name] ?? 0);
      const table = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
      return (table.get(plurals.select(count)) ?? table.get("other") ?? "").replaceAll("#", String(count));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
