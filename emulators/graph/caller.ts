import { BITLOCKER_READER_ROLES } from "../seed/directory-roles";
import type { SeedDevice, SeedEndpoint, SeedRecoveryKey, SeedTenant, SeedUser } from "../seed/types";
import type { EmulatorState } from "../state";
import type { AccessTokenClaims } from "./types";

/** The signed-in user behind a valid token, resolved against the seed directory. */
export type Caller = {
  claims: AccessTokenClaims;
  tenant: SeedTenant;
  user: SeedUser;
  /** The user's directory role template ids at the time of the call. */
  directoryRoles?: readonly string[];
  /** Reads every key of the tenant: an app with BitLocker permissions (see principal.ts). */
  readsEveryKey?: boolean;
};

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The tenant id personal Microsoft accounts carry in their tokens. */
export const PERSONAL_ACCOUNTS_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";

export const isPersonalAccount = (caller: Caller) => sameId(caller.tenant.id, PERSONAL_ACCOUNTS_TENANT_ID);

export function resolveCaller(tenants: readonly SeedTenant[], claims: AccessTokenClaims): Caller | null {
  const tenant = tenants.find((t) => sameId(t.id, claims.tid));
  const user = tenant?.users.find((u) => sameId(u.id, claims.oid));
  return tenant && user ? { claims, tenant, user } : null;
}

/** Entra scope names are case-insensitive (the docs spell BitlockerKey and BitLockerKey). */
export function hasAnyScope(caller: Caller, scopes: readonly string[]): boolean {
  const granted = new Set(caller.claims.scp.map((scope) => scope.toLowerCase()));
  return scopes.some((scope) => granted.has(scope.toLowerCase()));
}

export function devicesOf(caller: Caller, relation: "registeredOwners" | "registeredUsers"): SeedDevice[] {
  return caller.tenant.devices.filter((device) => device[relation].some((id) => sameId(id, caller.user.id)));
}

export function endpointsOwnedBy(caller: Caller): SeedEndpoint[] {
  return (caller.tenant.endpoints ?? []).filter((endpoint) => endpoint.owners.some((id) => sameId(id, caller.user.id)));
}

/**
 * Holders of a role that may read BitLocker keys (Helpdesk Administrator …) and app-only callers
 * read every key of their tenant; the tenant's self-service switch does not apply to them.
 */
export const readsEveryKey = (caller: Caller) =>
  caller.readsEveryKey === true || (caller.directoryRoles ?? []).some((role) => BITLOCKER_READER_ROLES.includes(role));

/**
 * Self-service rule for delegated calls: only keys of devices the caller is a registered owner
 * of, unless the caller reads every key (above).
 */
export function visibleRecoveryKeys(caller: Caller): SeedRecoveryKey[] {
  if (readsEveryKey(caller)) return caller.tenant.recoveryKeys;
  const owned = new Set(devicesOf(caller, "registeredOwners").map((device) => device.deviceId.toLowerCase()));
  return caller.tenant.recoveryKeys.filter((key) => owned.has(key.deviceId.toLowerCase()));
}

/** A run-time override (control API) wins over the seed's tenant setting. */
export function selfServiceAllowed(state: EmulatorState, tenant: SeedTenant): boolean {
  return state.selfServiceOverrides.get(tenant.id) ?? tenant.allowedToReadBitlockerKeysForOwnedDevice;
}
