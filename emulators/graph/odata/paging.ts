import { createHash } from "node:crypto";
import { type ErrorFamily, badRequest } from "../errors";
import type { ParsedQuery } from "./query";

export type PageRequest = {
  /** Binds a skip token to one caller and one query, so it cannot be replayed elsewhere. */
  scope: readonly string[];
  pageSize: number;
  skiptoken: string | undefined;
  family: ErrorFamily;
};

export type Page<T> = { items: T[]; nextSkiptoken: string | null };

const fingerprint = (scope: readonly string[], offset: number) =>
  createHash("sha256")
    .update([...scope, String(offset)].join("\u0000"))
    .digest("base64url")
    .slice(0, 16);

/** Opaque to clients, as Graph's are: base64url of the offset and a fingerprint binding it to the query. */
const encodeToken = (offset: number, scope: readonly string[]) =>
  Buffer.from(JSON.stringify({ o: offset, f: fingerprint(scope, offset) })).toString("base64url");

function decodeToken(token: string, scope: readonly string[], family: ErrorFamily): number {
  const invalid = () => badRequest(family, "The $skiptoken value is invalid or has expired.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== "object" || parsed === null) throw invalid();
  const { o, f } = parsed as { o?: unknown; f?: unknown };
  if (typeof o !== "number" || !Number.isInteger(o) || o < 0 || f !== fingerprint(scope, o)) throw invalid();
  // Base64 decoding forgives stray characters; only the exact token we issued is accepted.
  if (encodeToken(o, scope) !== token) throw invalid();
  return o;
}

export function paginate<T>(items: readonly T[], request: PageRequest): Page<T> {
  const offset = request.skiptoken === undefined ? 0 : decodeToken(request.skiptoken, request.scope, request.family);
  const size = Number.isFinite(request.pageSize) && request.pageSize >= 1 ? Math.floor(request.pageSize) : 100;
  const end = offset + size;
  return {
    items: items.slice(offset, end),
    nextSkiptoken: end < items.length ? encodeToken(end, request.scope) : null,
  };
}

/** Like encodeURIComponent, but keeps the characters Graph leaves readable in its links. */
const encodeValue = (value: string) =>
  encodeURIComponent(value).replace(/%2C/gi, ",").replace(/%24/gi, "$").replace(/%3A/gi, ":");

/** Absolute link on the public base URL, keeping the caller's other query options. */
export function nextLink(baseUrl: string, canonicalPath: string, query: ParsedQuery, skiptoken: string): string {
  const kept = query.entries
    .filter(([name]) => name.toLowerCase() !== "$skiptoken")
    .map(([name, value]) => `${encodeValue(name)}=${encodeValue(value)}`);
  kept.push(`$skiptoken=${skiptoken}`);
  return `${baseUrl.replace(/\/+$/, "")}${canonicalPath}?${kept.join("&")}`;
}
