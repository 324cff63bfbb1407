import "server-only";
import { z } from "zod";
import type { GraphGateway } from "./client";
import { assertGuid } from "./operations";

const managedDeviceSchema = z.object({ id: z.string(), azureADDeviceId: z.string().nullish() });

/**
 * The Intune record of the Entra device with this `deviceId` (`DeviceManagementManagedDevices.Read.All`):
 * Intune filters its managed devices on `azureADDeviceId`. Null when Intune does not manage it.
 */
export async function findManagedDeviceId(app: GraphGateway, deviceId: string): Promise<string | null> {
  const found = await app.list("/deviceManagement/managedDevices", managedDeviceSchema, {
    $filter: `azureADDeviceId eq '${assertGuid(deviceId)}'`,
    $select: "id,azureADDeviceId",
  });
  return found[0]?.id ?? null;
}

/**
 * Asks Intune to have Windows make a new recovery password and back it up
 * (`DeviceManagementManagedDevices.PrivilegedOperations.All`; beta only). Intune accepts at once;
 * the device does it the next time it checks in, and the new key then appears in Entra.
 */
export async function requestKeyRotation(app: GraphGateway, managedDeviceId: string): Promise<void> {
  await app.invoke(`/deviceManagement/managedDevices/${assertGuid(managedDeviceId)}/rotateBitLockerKeys`, "beta");
}
