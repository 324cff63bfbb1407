/** The relations KeyDesk's brokered rule can grant a key through (docs/configuration.md, KEY_ACCESS_RULE). */
export const ACCESS_RULES = ["owner", "primary-user"] as const;
export type AccessRule = (typeof ACCESS_RULES)[number];

const isRule = (value: string): value is AccessRule => (ACCESS_RULES as readonly string[]).includes(value);

/**
 * `owner|primary-user` (the settings' list separator) or `owner,primary-user` (as written in
 * the issue that introduced it): the order is kept, duplicates dropped. Null when empty or unknown.
 */
export function parseRuleList(text: string): AccessRule[] | null {
  const items = text
    .split(/[|,]/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 0 || !items.every(isRule)) return null;
  return [...new Set(items)];
}
