import { type ErrorFamily, badRequest } from "../errors";

/** Properties every projected entity keeps, whatever `$select` says. */
const ALWAYS_KEPT = ["@odata.type", "id"];

/**
 * Parses `$select` against the properties a type has. Property names match case-insensitively,
 * as in Graph; the canonical spelling is returned. Null when `$select` is absent.
 */
export function parseSelect(
  value: string | undefined,
  properties: readonly string[],
  typeName: string,
  family: ErrorFamily,
): string[] | null {
  if (value === undefined) return null;
  const names = value.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw badRequest(family, "Invalid $select clause: empty property name.");
  const selected = new Set<string>();
  for (const name of names) {
    if (name === "*") {
      properties.forEach((property) => selected.add(property));
      continue;
    }
    const canonical = properties.find((property) => property.toLowerCase() === name.toLowerCase());
    if (!canonical) throw badRequest(family, `Could not find a property named '${name}' on type '${typeName}'.`);
    selected.add(canonical);
  }
  return [...selected];
}

export function project(
  entity: Readonly<Record<string, unknown>>,
  select: readonly string[] | null,
): Record<string, unknown> {
  if (!select) return { ...entity };
  const projected: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(entity)) {
    if (ALWAYS_KEPT.includes(name) || select.includes(name)) projected[name] = value;
  }
  return projected;
}

/** The `(a,b)` part of an @odata.context URL for a projected response. */
export const selectSuffix = (select: readonly string[] | null) => (select ? `(${select.join(",")})` : "");
