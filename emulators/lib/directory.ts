import type { SeedTenant, SeedUser } from "../seed/types";
import type { EmulatorState } from "../state";

/** The user's directory role template ids now: a run-time change (control API) wins over the seed. */
export function directoryRolesOf(state: EmulatorState, user: SeedUser): readonly string[] {
  return state.directoryRoleOverrides.get(user.id) ?? user.directoryRoles ?? [];
}

/**
 * Application permissions consented for KeyDesk's service principal in the tenant now; null
 * when the application has no service principal there (never consented).
 */
export function appRolesIn(state: EmulatorState, tenant: SeedTenant): readonly string[] | null {
  if (!tenant.servicePrincipal) return null;
  return state.appRoleOverrides.get(tenant.id) ?? tenant.servicePrincipal.appRoles;
}
