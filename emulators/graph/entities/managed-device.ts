import type { SeedManagedDevice } from "../../seed/types";
import type { GraphVersion } from "../directory/route";

export const MANAGED_DEVICE_TYPE = "microsoft.graph.managedDevice";

/**
 * An Intune managed device as `/deviceManagement/managedDevices` returns it (the subset of the
 * managedDevice resource the seed models; the rest is null as for a device that never reported
 * it). `joinType` exists only in the beta API.
 */
export function toManagedDeviceJson(device: SeedManagedDevice, version: GraphVersion): Record<string, unknown> {
  return {
    "@odata.type": `#${MANAGED_DEVICE_TYPE}`,
    id: device.id,
    userId: device.userId ?? "",
    deviceName: device.deviceName,
    managedDeviceOwnerType: device.managedDeviceOwnerType,
    enrolledDateTime: device.enrolledDateTime,
    lastSyncDateTime: device.lastSyncDateTime,
    operatingSystem: "Windows",
    complianceState: device.complianceState,
    jailBroken: "Unknown",
    managementAgent: "mdm",
    osVersion: device.osVersion,
    azureADRegistered: device.joinType !== "unknown",
    deviceEnrollmentType: device.joinType === "hybridAzureADJoined" ? "windowsCoManagement" : "windowsAzureADJoin",
    emailAddress: device.userPrincipalName ?? "",
    azureADDeviceId: device.azureADDeviceId,
    deviceRegistrationState: "registered",
    deviceCategoryDisplayName: "Unknown category",
    isSupervised: false,
    isEncrypted: true,
    userPrincipalName: device.userPrincipalName ?? "",
    model: device.model,
    manufacturer: device.manufacturer,
    serialNumber: device.serialNumber,
    userDisplayName: device.userDisplayName ?? "",
    managedDeviceName: `${device.userPrincipalName?.split("@")[0] ?? "device"}_Windows_${device.enrolledDateTime.slice(0, 10)}`,
    ...(version === "beta" && { joinType: device.joinType }),
  };
}

export const managedDeviceProperties = (version: GraphVersion) =>
  Object.keys(
    toManagedDeviceJson(
      {
        id: "",
        deviceName: "",
        azureADDeviceId: "",
        userId: null,
        userPrincipalName: null,
        userDisplayName: null,
        joinType: "unknown",
        managedDeviceOwnerType: "unknown",
        complianceState: "unknown",
        osVersion: "",
        enrolledDateTime: "",
        lastSyncDateTime: "",
        manufacturer: null,
        model: null,
        serialNumber: "",
      },
      version,
    ),
  ).filter((name) => name !== "@odata.type");
