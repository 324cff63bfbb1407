/**
 * Shape of the seed tenant file (emulators/seed/tenants.json). Field names follow
 * Microsoft Graph v1.0 so the emulator can serve them almost unchanged.
 */
export type SeedUser = {
  /** Entra object id (the `oid` claim and `/me` id). */
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail: string | null;
  /** Shown on the emulator's sign-in page to explain what this account demonstrates. */
  demoNote: string;
};

export type SeedDevice = {
  /** Directory object id (`id` in Graph). */
  id: string;
  /** Azure Device Registration id (`deviceId` in Graph); keys reference this one. */
  deviceId: string;
  displayName: string;
  operatingSystem: string | null;
  operatingSystemVersion: string | null;
  trustType: "AzureAd" | "ServerAd" | "Workplace" | null;
  approximateLastSignInDateTime: string | null;
  isCompliant: boolean | null;
  isManaged: boolean | null;
  manufacturer: string | null;
  model: string | null;
  /** Object ids of registered owners (`/me/ownedDevices`). */
  registeredOwners: string[];
  /** Object ids of registered users (`/me/registeredDevices`). */
  registeredUsers: string[];
};

/**
 * A directory object that is not a device but still appears in its owner's `/me/ownedDevices`:
 * that relation is typed directoryObject, and Graph's metadata lets it hold devices, endpoints
 * and appRoleAssignments. Clients list devices through the cast
 * `/me/ownedDevices/microsoft.graph.device`.
 */
export type SeedEndpoint = {
  id: string;
  capability: string;
  providerId: string | null;
  providerName: string;
  providerResourceId: string | null;
  uri: string;
  /** Object ids of the users whose `/me/ownedDevices` lists it. */
  owners: string[];
};

export type SeedRecoveryKey = {
  /** The Key ID shown on the recovery screen, lower-case GUID as Graph returns it. */
  id: string;
  createdDateTime: string;
  /** Graph v1.0 sends "1" | "2" | "3" (OS, fixed data, removable data). */
  volumeType: "1" | "2" | "3";
  deviceId: string;
  /** 48-digit recovery password, 8 dashed blocks of 6 digits. */
  key: string;
};

export type SeedTenant = {
  id: string;
  displayName: string;
  /** Verified domain, used for user principal names. */
  domain: string;
  /** authorizationPolicy.defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice */
  allowedToReadBitlockerKeysForOwnedDevice: boolean;
  users: SeedUser[];
  devices: SeedDevice[];
  /** Non-device objects in owners' `/me/ownedDevices` (absent: none). */
  endpoints?: SeedEndpoint[];
  recoveryKeys: SeedRecoveryKey[];
};

export type SeedApplication = {
  /** Application (client) id registered in every seed tenant. */
  clientId: string;
  clientSecret: string;
  /**
   * Redirect URIs. As in Entra, a `http://localhost` URI matches any port, and sign-out returns
   * only to one of these (`post_logout_redirect_uri`).
   */
  redirectUris: string[];
};

export type Seed = {
  application: SeedApplication;
  tenants: SeedTenant[];
};
