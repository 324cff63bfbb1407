/**
 * Delegated scopes KeyDesk asks for, each for a reason:
 * - openid, profile, email: sign-in and the name shown in the header;
 * - offline_access: a refresh token, so the short-lived access token can be renewed;
 * - User.Read: `/me/ownedDevices`;
 * - BitlockerKey.Read.All: key metadata and, when the user asks, the key itself — only for
 *   devices the user owns, because the token is the user's own (never an app permission).
 */
export const SIGN_IN_SCOPES = "openid profile email offline_access User.Read BitlockerKey.Read.All";
/** What a refresh asks for: the Graph scopes again (a refresh may not widen the original grant). */
export const REFRESH_SCOPES = "User.Read BitlockerKey.Read.All";

/**
 * Brokered mode (KEY_ACCESS=brokered) reads keys as KeyDesk's application, so the person's token
 * needs no BitLocker scope at all: User.Read still lists the devices they own (`/me/ownedDevices`,
 * which Graph offers to delegated callers only) and the PCs they use.
 */
export const BROKERED_SIGN_IN_SCOPES = "openid profile email offline_access User.Read";
export const BROKERED_REFRESH_SCOPES = "User.Read";

/** The scopes for a key-access mode: sign-in asks for `signIn`, a refresh for `refresh`. */
export function scopesFor(mode: "delegated" | "brokered"): { signIn: string; refresh: string } {
  return mode === "brokered"
    ? { signIn: BROKERED_SIGN_IN_SCOPES, refresh: BROKERED_REFRESH_SCOPES }
    : { signIn: SIGN_IN_SCOPES, refresh: REFRESH_SCOPES };
}
