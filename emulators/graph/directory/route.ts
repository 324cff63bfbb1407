import type { SeedTenant } from "../../seed/types";
import type { ErrorFamily } from "../errors";
import type { ParsedQuery } from "../odata/query";
import type { Principal } from "../principal";
import type { GraphDeps } from "../types";

export type GraphVersion = "v1.0" | "beta";

export type DirectoryRouteContext = {
  principal: Principal;
  tenant: SeedTenant;
  query: ParsedQuery;
  /** Raw request body (POST actions such as checkMemberGroups). */
  body: string;
  /** Request headers, lower-case names (ConsistencyLevel …). */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  deps: GraphDeps;
  version: GraphVersion;
  /** Path as Graph spells it, for @odata.context and @odata.nextLink. */
  canonicalPath: string;
};

/** Returned by a handler for Graph's `204 No Content`. */
export const NO_CONTENT = Symbol("204 No Content");

/**
 * A directory or Intune route that both signed-in users and KeyDesk's own identity may call,
 * each with the permissions Graph's documentation lists for it.
 */
export type DirectoryRoute = {
  family: ErrorFamily;
  method: "GET" | "POST";
  canonicalPath: string;
  /** Delegated scopes (one needed); null: "Delegated: Not supported". */
  delegatedScopes: readonly string[] | null;
  /** For delegated calls, the user must also hold one of these directory roles (Intune's rule). */
  delegatedRoles?: readonly string[];
  /** Application permissions (one needed); null: "Application: Not supported". */
  applicationRoles: readonly string[] | null;
  handle: (context: DirectoryRouteContext) => unknown;
};
