/**
 * Template ids of Microsoft Entra built-in roles, as listed in "Microsoft Entra built-in roles"
 * (permissions-reference). They are the same in every tenant and are what the `wids` claim
 * carries.
 */
export const DIRECTORY_ROLES = {
  cloudDeviceAdministrator: "7698a772-787b-4ac8-901f-60d6b08affd2",
  directoryReaders: "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
  globalAdministrator: "62e90394-69f5-4237-9190-012177145e10",
  globalReader: "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
  helpdeskAdministrator: "729827e3-9c14-49f7-bb1b-9608f156bbb8",
  intuneAdministrator: "3a2c62db-5318-420d-8d74-23affee5d9d5",
  securityAdministrator: "194ae4cb-b126-40b2-bd5b-6091b380977d",
  securityReader: "5d6b6bb7-de71-4623-b4af-96380a352509",
} as const;

/**
 * Roles whose holders may read any BitLocker recovery key of their tenant with a delegated
 * token ("Get bitlockerRecoveryKey": Cloud Device Administrator, Helpdesk Administrator, Intune
 * Service Administrator, Security Administrator, Security Reader, Global Reader, and Global
 * Administrator).
 */
export const BITLOCKER_READER_ROLES: readonly string[] = [
  DIRECTORY_ROLES.cloudDeviceAdministrator,
  DIRECTORY_ROLES.helpdeskAdministrator,
  DIRECTORY_ROLES.intuneAdministrator,
  DIRECTORY_ROLES.securityAdministrator,
  DIRECTORY_ROLES.securityReader,
  DIRECTORY_ROLES.globalReader,
  DIRECTORY_ROLES.globalAdministrator,
];

/** Entra roles that Intune's role-based access control lets read (and act on) managed devices. */
export const INTUNE_READER_ROLES: readonly string[] = [
  DIRECTORY_ROLES.intuneAdministrator,
  DIRECTORY_ROLES.globalAdministrator,
  DIRECTORY_ROLES.globalReader,
];
export const INTUNE_OPERATOR_ROLES: readonly string[] = [
  DIRECTORY_ROLES.intuneAdministrator,
  DIRECTORY_ROLES.globalAdministrator,
];

/** The application permissions KeyDesk's brokered mode uses (Graph's names). */
export const APPLICATION_PERMISSIONS = {
  bitlockerKeyRead: "BitlockerKey.Read.All",
  deviceRead: "Device.Read.All",
  managedDevicesRead: "DeviceManagementManagedDevices.Read.All",
  groupMemberRead: "GroupMember.Read.All",
  managedDevicesPrivileged: "DeviceManagementManagedDevices.PrivilegedOperations.All",
} as const;
