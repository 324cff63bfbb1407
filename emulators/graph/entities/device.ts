import type { SeedDevice } from "../../seed/types";

/** Intune's application id, which Graph reports as `mdmAppId` for Intune-managed devices. */
const INTUNE_MDM_APP_ID = "0000000a-0000-0000-c000-000000000000";

const extensionAttributes = Object.fromEntries(
  Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null] as const),
);

/**
 * A seed device as `/me/ownedDevices` returns it: the v1.0 device resource with the fields the
 * seed does not model set to what Graph sends for an ordinary Entra-registered device.
 */
export function toDeviceJson(device: SeedDevice): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.device",
    id: device.id,
    deletedDateTime: null,
    accountEnabled: true,
    approximateLastSignInDateTime: device.approximateLastSignInDateTime,
    complianceExpirationDateTime: null,
    createdDateTime: null,
    deviceCategory: null,
    deviceId: device.deviceId,
    deviceMetadata: null,
    deviceOwnership: null,
    deviceVersion: 2,
    displayName: device.displayName,
    domainName: null,
    enrollmentProfileName: null,
    enrollmentType: null,
    externalSourceName: null,
    isCompliant: device.isCompliant,
    isManaged: device.isManaged,
    isManagementRestricted: null,
    isRooted: false,
    managementType: device.isManaged ? "MDM" : null,
    manufacturer: device.manufacturer,
    mdmAppId: device.isManaged ? INTUNE_MDM_APP_ID : null,
    model: device.model,
    onPremisesLastSyncDateTime: null,
    onPremisesSecurityIdentifier: null,
    onPremisesSyncEnabled: device.trustType === "ServerAd" ? true : null,
    operatingSystem: device.operatingSystem,
    operatingSystemVersion: device.operatingSystemVersion,
    physicalIds: [],
    profileType: "RegisteredDevice",
    registrationDateTime: null,
    sourceType: null,
    systemLabels: [],
    trustType: device.trustType,
    extensionAttributes: { ...extensionAttributes },
    alternativeSecurityIds: [],
  };
}

const SAMPLE: SeedDevice = {
  id: "",
  deviceId: "",
  displayName: "",
  operatingSystem: null,
  operatingSystemVersion: null,
  trustType: null,
  approximateLastSignInDateTime: null,
  isCompliant: null,
  isManaged: null,
  manufacturer: null,
  model: null,
  registeredOwners: [],
  registeredUsers: [],
};

/** Every property a client may `$select` on a device. */
export const DEVICE_PROPERTIES = Object.keys(toDeviceJson(SAMPLE)).filter((name) => name !== "@odata.type");
