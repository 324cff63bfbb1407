import { GraphHttpError } from "../errors";
import type { ParsedQuery } from "../odata/query";

/**
 * Graph's advanced query rules for directory objects ("Advanced query capabilities on Microsoft
 * Entra ID objects"): `$search` needs the `ConsistencyLevel: eventual` header; `$count` and the
 * advanced `$filter` operators need the header and `$count=true`.
 */
export function advancedQuery(query: ParsedQuery, headers: Readonly<Record<string, string | string[] | undefined>>) {
  const eventual = String(headers.consistencylevel ?? "").toLowerCase() === "eventual";
  const count = query.options.get("$count");
  if (count !== undefined && count !== "true" && count !== "false") {
    throw new GraphHttpError(400, "Request_BadRequest", `Invalid $count value: '${count}'.`);
  }
  const wantsCount = count === "true";
  if (wantsCount && !eventual)
    throw new GraphHttpError(400, "Request_BadRequest", "$count is not currently supported.");
  if (query.options.has("$search") && !eventual) {
    throw new GraphHttpError(
      400,
      "Request_UnsupportedQuery",
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  return { advanced: eventual && wantsCount, wantsCount };
}

/** Words of a display name as Graph's search index sees them: split at symbols and case changes. */
const tokens = (text: string) =>
  text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((token) => token.toLowerCase());

/**
 * `$search="displayName:term"`: a term matches the start of any word of the property (the
 * tokenized search the docs describe). Other forms are refused rather than guessed.
 */
export function compileSearch<T>(value: string | undefined, properties: Record<string, (item: T) => string | null>) {
  if (value === undefined) return null;
  const match = /^"([A-Za-z]+):([^"]+)"$/.exec(value.trim());
  const property = match?.[1]
    ? Object.keys(properties).find((name) => name.toLowerCase() === match[1]?.toLowerCase())
    : undefined;
  const read = property ? properties[property] : undefined;
  if (!match?.[2] || !read) {
    throw new GraphHttpError(400, "Request_UnsupportedQuery", "Syntax error: invalid $search clause.");
  }
  const term = match[2].toLowerCase();
  return (item: T) => {
    const text = read(item) ?? "";
    return text.toLowerCase().startsWith(term) || tokens(text).some((token) => token.startsWith(term));
  };
}
