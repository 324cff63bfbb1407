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

/**
 * With the help-desk console on (HELPDESK=true), also: Device.Read.All to find a caller's PC by
 * name or Key ID and name its owner, User.ReadBasic.All to find a person by sign-in name. Both
 * are delegated, so they read no more than the directory already lets the signed-in person read;
 * the keys of other people's devices stay behind Graph's directory-role check. Agents read keys
 * with their own token, so in brokered mode the console brings BitlockerKey.Read.All back: for
 * anyone without a key-reading role it opens no key that brokered self-service would not show.
 */
export const HELPDESK_SCOPES = "Device.Read.All User.ReadBasic.All";

/** The scopes for a key-access mode and console setting: sign-in asks for `signIn`, a refresh for `refresh`. */
export function scopesFor(mode: "delegated" | "brokered", helpdesk = false): { signIn: string; refresh: string } {
  const base =
    mode === "brokered"
      ? { signIn: BROKERED_SIGN_IN_SCOPES, refresh: BROKERED_REFRESH_SCOPES }
      : { signIn: SIGN_IN_SCOPES, refresh: REFRESH_SCOPES };
  if (!helpdesk) return base;
  const extra = mode === "brokered" ? `BitlockerKey.Read.All ${HELPDESK_SCOPES}` : HELPDESK_SCOPES;
  return { signIn: `${base.signIn} ${extra}`, refresh: `${base.refresh} ${extra}` };
}
