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
