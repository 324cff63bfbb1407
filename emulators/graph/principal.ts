import { appRolesIn, directoryRolesOf } from "../lib/directory";
import type { SeedTenant, SeedUser } from "../seed/types";
import { type Caller, resolveCaller } from "./caller";
import type { AccessTokenClaims, GraphDeps } from "./types";

/** KeyDesk's own identity behind an app-only token (client credentials). */
export type AppCaller = {
  claims: AccessTokenClaims;
  tenant: SeedTenant;
  servicePrincipalId: string;
  /** Application permissions from the token's `roles` claim: Graph authorizes by these. */
  roles: readonly string[];
};

export type Principal = { kind: "user"; caller: Caller } | { kind: "app"; app: AppCaller };

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Who is calling. A delegated caller's directory roles are read from the directory at call time
 * (so a role removed mid-session takes effect at once); an app's permissions come from its token.
 */
export function resolvePrincipal(deps: GraphDeps, claims: AccessTokenClaims): Principal | null {
  if (claims.idtyp === "app") {
    const tenant = deps.seed.tenants.find((t) => sameId(t.id, claims.tid));
    const servicePrincipal = tenant?.servicePrincipal;
    if (!tenant || !servicePrincipal || !sameId(servicePrincipal.id, claims.oid)) return null;
    if (appRolesIn(deps.state, tenant) === null) return null;
    return { kind: "app", app: { claims, tenant, servicePrincipalId: servicePrincipal.id, roles: claims.roles ?? [] } };
  }
  const caller = resolveCaller(deps.seed.tenants, claims);
  if (!caller) return null;
  return { kind: "user", caller: { ...caller, directoryRoles: directoryRolesOf(deps.state, caller.user) } };
}

/** Graph permission names compare case-insensitively (BitlockerKey / BitLockerKey). */
export const grantsAny = (granted: readonly string[], wanted: readonly string[]) =>
  wanted.some((name) => granted.some((held) => held.toLowerCase() === name.toLowerCase()));

/**
 * The existing BitLocker routes are written for a signed-in caller. For an app-only caller they
 * run with the service principal in the user's place and the app's roles as its permissions
 * (BitLocker's delegated and application permissions share their names), reading tenant-wide.
 */
export function appAsCaller(app: AppCaller): Caller {
  const servicePrincipal: SeedUser = {
    id: app.servicePrincipalId,
    userPrincipalName: "",
    displayName: "KeyDesk",
    mail: null,
    demoNote: "",
  };
  return {
    claims: { ...app.claims, scp: [...app.roles] },
    tenant: app.tenant,
    user: servicePrincipal,
    readsEveryKey: true,
  };
}
