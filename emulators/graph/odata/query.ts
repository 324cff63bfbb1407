import { type ErrorFamily, badRequest, unsupportedQueryOption } from "../errors";

export type ParsedQuery = {
  /** System query options (`$select` …), names lower-cased, values decoded. */
  options: ReadonlyMap<string, string>;
  /** Every parameter in the order received (decoded), to rebuild @odata.nextLink. */
  entries: ReadonlyArray<readonly [string, string]>;
};

function decode(family: ErrorFamily, text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    throw badRequest(family, "The query string is not correctly percent-encoded.");
  }
}

/**
 * Parses the raw query string. A repeated system option is rejected as OData does, which also
 * stops a second `$filter` from widening the first one.
 */
export function parseQuery(raw: string, family: ErrorFamily): ParsedQuery {
  const options = new Map<string, string>();
  const entries: Array<readonly [string, string]> = [];
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    const name = decode(family, equals === -1 ? part : part.slice(0, equals));
    const value = equals === -1 ? "" : decode(family, part.slice(equals + 1));
    entries.push([name, value]);
    if (!name.startsWith("$")) continue;
    const key = name.toLowerCase();
    if (options.has(key)) {
      throw badRequest(
        family,
        `Query option '${name}' was specified more than once, but it must be specified at most once.`,
      );
    }
    options.set(key, value);
  }
  return { options, entries };
}

/** Custom parameters (no `$`) are ignored like Graph does; unsupported system options are refused. */
export function assertOnlyOptions(query: ParsedQuery, allowed: readonly string[], family: ErrorFamily): void {
  for (const [name] of query.entries) {
    if (name.startsWith("$") && !allowed.includes(name.toLowerCase())) throw unsupportedQueryOption(family, name);
  }
}

/** `$top` on directory collections: Graph allows 1–999 and treats it as the page size. */
export function parseTop(value: string | undefined, family: ErrorFamily): number | null {
  if (value === undefined) return null;
  const top = /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    throw badRequest(family, `Invalid page size specified: '${value}'. Must be between 1 and 999 inclusive.`);
  }
  return top;
}
