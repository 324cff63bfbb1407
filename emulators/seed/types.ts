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
  /**
   * Template ids of the Microsoft Entra directory roles assigned to the user: the `wids` claim
   * (see `emulators/seed/directory-roles.ts`). Absent or empty for ordinary users.
   */
  directoryRoles?: string[];
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

/** A security group; members are object ids of users or devices (`/groups/{id}/members`). */
export type SeedGroup = {
  id: string;
  displayName: string;
  members: string[];
};

/** Intune's join type (beta `managedDevice.joinType`). */
export type SeedJoinType = "azureADJoined" | "azureADRegistered" | "hybridAzureADJoined" | "unknown";

/**
 * A device enrolled in Intune (`/deviceManagement/managedDevices`). `userId` and
 * `userPrincipalName` name its primary user; `azureADDeviceId` is the Entra `deviceId`.
 */
export type SeedManagedDevice = {
  id: string;
  deviceName: string;
  azureADDeviceId: string;
  userId: string | null;
  userPrincipalName: string | null;
  userDisplayName: string | null;
  joinType: SeedJoinType;
  managedDeviceOwnerType: "company" | "personal" | "unknown";
  complianceState: "compliant" | "noncompliant" | "unknown";
  osVersion: string;
  enrolledDateTime: string;
  lastSyncDateTime: string;
  manufacturer: string | null;
  model: string | null;
  serialNumber: string;
};

/**
 * KeyDesk's enterprise application (service principal) in a tenant, with the application
 * permissions an administrator consented to (app role assignments: the `roles` claim).
 */
export type SeedServicePrincipal = {
  id: string;
  appRoles: string[];
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
  groups?: SeedGroup[];
  managedDevices?: SeedManagedDevice[];
  /** Absent: KeyDesk's application was never consented to here, so it cannot get an app token. */
  servicePrincipal?: SeedServicePrincipal;
};

export type SeedApplication = {
  /** Application (client) id registered in every seed tenant. */
  clientId: string;
  clientSecret: string;
  /**
   * An earlier client secret of the same registration whose end date has passed (a
   * passwordCredential's `endDateTime`): Entra refuses it with AADSTS7000222, the most common way
   * an application credential breaks in practice.
   */
  expiredClientSecret: string;
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
