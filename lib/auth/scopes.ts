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
 * With the help-desk console on (HELPDESK=true), also: Device.Read.All to find a caller's PC by
 * name or Key ID and name its owner, User.ReadBasic.All to find a person by sign-in name. Both
 * are delegated, so they read no more than the directory already lets the signed-in person read;
 * the keys of other people's devices stay behind Graph's directory-role check.
 */
export const HELPDESK_SCOPES = "Device.Read.All User.ReadBasic.All";

export const signInScopes = (helpdesk: boolean) => (helpdesk ? `${SIGN_IN_SCOPES} ${HELPDESK_SCOPES}` : SIGN_IN_SCOPES);
export const refreshScopes = (helpdesk: boolean) =>
  helpdesk ? `${REFRESH_SCOPES} ${HELPDESK_SCOPES}` : REFRESH_SCOPES;
