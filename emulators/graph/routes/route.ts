import type { Caller } from "../caller";
import type { ErrorFamily } from "../errors";
import type { ParsedQuery } from "../odata/query";
import type { GraphDeps } from "../types";

export type RouteContext = {
  caller: Caller;
  query: ParsedQuery;
  deps: GraphDeps;
  /** The route's path as Graph spells it, for @odata.nextLink. */
  canonicalPath: string;
};

export type Route = {
  family: ErrorFamily;
  canonicalPath: string;
  /** Personal Microsoft accounts may call it ("Delegated (personal Microsoft account)" in the docs). */
  personalAccounts: boolean;
  /** The caller needs at least one of these delegated scopes. */
  scopes: readonly string[];
  /** Returns the 200 body; refusals are thrown as GraphHttpError. */
  handle: (context: RouteContext) => unknown;
};
