/**
 * Delegated scopes that open each route, least privileged first, from the v1.0 permission
 * tables of "Get user", "List ownedDevices" / "List registeredDevices" and the BitLocker pages.
 */
export const ME_SCOPES = [
  "User.Read",
  "User.ReadWrite",
  "User.ReadBasic.All",
  "User.Read.All",
  "User.ReadWrite.All",
  "Directory.Read.All",
  "Directory.ReadWrite.All",
];

export const DEVICE_LIST_SCOPES = [
  "User.Read",
  "User.Read.All",
  "User.ReadWrite.All",
  "Directory.Read.All",
  "Directory.ReadWrite.All",
];

export const RECOVERY_KEY_METADATA_SCOPES = ["BitlockerKey.ReadBasic.All", "BitlockerKey.Read.All"];

/** Only this one returns the `key` property itself. */
export const RECOVERY_KEY_SECRET_SCOPES = ["BitlockerKey.Read.All"];
