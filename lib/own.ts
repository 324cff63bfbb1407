/**
 * A table entry looked up by a key from outside (a query parameter, a header, a Graph field):
 * own properties only. `table[key]` would answer `toString`, `__proto__` or `constructor` with
 * Object.prototype's members, which then break whatever expects a table value.
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string | null | undefined): V | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}
