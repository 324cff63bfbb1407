import { directoryRolesOf } from "../lib/directory";
import type { SeedUser } from "../seed/types";
import type { EmulatorState } from "../state";

/** What the authorization code or refresh token remembers of the sign-in (oidc-provider's fields). */
export type SignInRecord = { acr?: string | undefined };

/**
 * The authentication contexts (`c1`…`c99`) a sign-in satisfied. The emulator's verify step
 * stores them, space-separated, as the session's `acr`, which oidc-provider carries through the
 * authorization code and every refresh token.
 */
export const satisfiedAuthContexts = (record: SignInRecord | undefined): string[] =>
  (record?.acr ?? "").split(" ").filter((value) => /^c\d{1,2}$/.test(value));

/**
 * Claims Entra adds for the signed-in user beyond the profile: `wids` (the directory role
 * template ids, an optional claim the app registration asks for) and `acrs` (the authentication
 * contexts this sign-in satisfied, when the app asked for them through the `claims` parameter).
 */
export function userSecurityClaims(
  state: EmulatorState,
  user: SeedUser | undefined,
  record: SignInRecord | undefined,
): { wids?: string[]; acrs?: string[] } {
  const wids = user ? [...directoryRolesOf(state, user)] : [];
  const acrs = satisfiedAuthContexts(record);
  return { ...(wids.length > 0 && { wids }), ...(acrs.length > 0 && { acrs }) };
}
