import { type ErrorFamily, GraphHttpError, badRequest } from "../errors";

export type FilterOperator = "eq" | "ne" | "startswith" | "endswith";
export type FilterClause = { property: string; operator: FilterOperator; value: string };

/** How one property may be filtered: operators in default queries and in advanced queries. */
export type FilterableProperty<T> = {
  name: string;
  operators: readonly FilterOperator[];
  advancedOperators?: readonly FilterOperator[];
  valueOf: (item: T) => string | null;
};

const COMPARISON = /^([A-Za-z]+)\s+(eq|ne)\s+'((?:[^']|'')*)'$/i;
const FUNCTION = /^(startswith|endswith)\(\s*([A-Za-z]+)\s*,\s*'((?:[^']|'')*)'\s*\)$/i;

/** Splits on ` and ` outside string literals (a doubled quote toggles twice, so it stays inside). */
function splitAnd(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (let i = 0; i < text.length;) {
    const char = text.charAt(i);
    if (char === "'") quoted = !quoted;
    const separator = quoted ? null : /^\s+and\s+/i.exec(text.slice(i));
    if (separator) {
      parts.push(current.trim());
      current = "";
      i += separator[0].length;
      continue;
    }
    current += char;
    i += 1;
  }
  parts.push(current.trim());
  return parts;
}

function parseClause(text: string): FilterClause | null {
  const comparison = COMPARISON.exec(text);
  if (comparison?.[1] && comparison[2] && comparison[3] !== undefined) {
    const operator = comparison[2].toLowerCase() as FilterOperator;
    return { property: comparison[1], operator, value: comparison[3].replace(/''/g, "'") };
  }
  const call = FUNCTION.exec(text);
  if (call?.[1] && call[2] && call[3] !== undefined) {
    const operator = call[1].toLowerCase() as FilterOperator;
    return { property: call[2], operator, value: call[3].replace(/''/g, "'") };
  }
  return null;
}

const unsupportedClause = (property: string, resource: string) =>
  new GraphHttpError(
    400,
    "Request_UnsupportedQuery",
    `Unsupported or invalid query filter clause specified for property '${property}' of resource '${resource}'.`,
  );

/**
 * Parses `$filter` as a conjunction of `prop eq 'v'`, `prop ne 'v'`, `startswith(prop,'v')` and
 * `endswith(prop,'v')` over the properties a resource allows, and returns a predicate. Operators
 * Graph serves only as advanced queries (ConsistencyLevel: eventual and $count=true) answer
 * "Unsupported Query." without them, as documented.
 */
export function compileFilter<T>(
  value: string | undefined,
  properties: readonly FilterableProperty<T>[],
  options: { resource: string; family: ErrorFamily; advanced: boolean },
): ((item: T) => boolean) | null {
  if (value === undefined) return null;
  const clauses = splitAnd(value.trim()).map((text) => {
    const clause = parseClause(text);
    if (!clause) throw badRequest(options.family, `Invalid filter clause: '${text}'.`);
    return clause;
  });
  const tests = clauses.map((clause) => {
    const property = properties.find((p) => p.name.toLowerCase() === clause.property.toLowerCase());
    if (!property) throw unsupportedClause(clause.property, options.resource);
    const allowedByDefault = property.operators.includes(clause.operator);
    const allowedAdvanced = property.advancedOperators?.includes(clause.operator) ?? false;
    if (!allowedByDefault && !allowedAdvanced) throw unsupportedClause(clause.property, options.resource);
    if (!allowedByDefault && !options.advanced) {
      throw new GraphHttpError(400, "Request_UnsupportedQuery", "Unsupported Query.");
    }
    const wanted = clause.value.toLowerCase();
    return (item: T) => {
      const actual = property.valueOf(item)?.toLowerCase() ?? null;
      switch (clause.operator) {
        case "eq":
          return actual === wanted;
        case "ne":
          return actual !== wanted;
        case "startswith":
          return actual !== null && actual.startsWith(wanted);
        case "endswith":
          return actual !== null && actual.endsWith(wanted);
      }
    };
  });
  return (item) => tests.every((test) => test(item));
}
