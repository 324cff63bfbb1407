import "server-only";
import { getRecoveryKeyInfo } from "@/lib/graph/operations";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import { getDeviceKeys, getDevices } from "./devices";
import { supersededKeyIds } from "./rotation";
import type { Portal } from "./session";

export type KeyContext = {
  key: RecoveryKeyInfo;
  device: Device | null;
  /** A newer operating-system key exists for this device. */
  superseded: boolean;
  /** The newest OS key of the device, when this one is superseded. */
  newestOsKeyId: string | null;
};

/** A key's metadata with its device: both asked for at once, then the device's other keys. */
export async function getKeyContext(portal: Portal, keyId: string): Promise<KeyContext> {
  const [key, devices] = await Promise.all([getRecoveryKeyInfo(portal.graph, keyId), getDevices(portal)]);
  const device = devices.find((d) => d.deviceId && d.deviceId === key.deviceId) ?? null;
  if (!device) return { key, device, superseded: false, newestOsKeyId: null };
  const siblings = await getDeviceKeys(portal, device);
  if (!siblings.ok) return { key, device, superseded: false, newestOsKeyId: null };
  const superseded = supersededKeyIds(siblings.keys).has(key.id);
  const newest = siblings.keys.find((k) => k.volume === "os");
  return { key, device, superseded, newestOsKeyId: superseded && newest ? newest.id : null };
}
