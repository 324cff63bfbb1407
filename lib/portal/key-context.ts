import "server-only";
import { getRecoveryKeyInfo } from "@/lib/graph/operations";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import { keyIdMatches } from "@/lib/recovery-key/key-id";
import { getDeviceKeys, getDevices, grantForKey } from "./devices";
import { replacedKeys, type Replacement } from "./rotation";
import type { Portal } from "./session";

export type KeyContext = {
  key: RecoveryKeyInfo;
  device: Device | null;
  /** A newer operating-system key of this device replaced this one. */
  replacement: Replacement | null;
  /**
   * The Key ID the person typed, when it is the start of this key's ID as Graph returned it:
   * the recovery screen asked for exactly this key, so the page confirms it and suggests no other.
   */
  typedMatch: string | null;
  /** The device's keys (metadata only), as Graph listed them for this page; empty without a device. */
  siblings: RecoveryKeyInfo[];
};

/**
 * A key's metadata with its device: both asked for at once, then the device's other keys.
 * `typedHex` is what the person looked up (from the URL, so it is checked, never trusted).
 */
export async function getKeyContext(portal: Portal, keyId: string, typedHex: string | null): Promise<KeyContext> {
  const [key, devices] = await Promise.all([getRecoveryKeyInfo(portal.access.graph, keyId), getDevices(portal)]);
  if (portal.access.mode === "brokered") await grantForKey(portal, key);
  const typedMatch = typedHex && keyIdMatches(typedHex, key.id) ? typedHex : null;
  const device = devices.find((d) => d.deviceId && d.deviceId === key.deviceId) ?? null;
  if (!device) return { key, device, replacement: null, typedMatch, siblings: [] };
  const siblings = await getDeviceKeys(portal, device);
  const replacement = siblings.ok ? (replacedKeys(siblings.keys).get(key.id) ?? null) : null;
  return { key, device, replacement, typedMatch, siblings: siblings.ok ? siblings.keys : [] };
}
