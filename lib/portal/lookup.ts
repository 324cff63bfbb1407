import "server-only";
import { listRegisteredDevices } from "@/lib/graph/operations";
import type { Device } from "@/lib/graph/types";
import { matchKeyIds, nearKeyIds } from "@/lib/recovery-key/key-id";
import { getDeviceKeys, getDevices, outsideSelfServiceGroup, type DeviceKeys } from "./devices";
import { withGraph } from "./failure";
import { devicesWithoutSelfService, selfServiceRefused, type KeyWithDevice, type NoMatchFacts } from "./no-match";
import type { Portal } from "./session";

export type { KeyWithDevice };
export type Lookup = NoMatchFacts & {
  matches: KeyWithDevice[];
  /** Every key of every owned device that could be listed. */
  all: KeyWithDevice[];
};

/**
 * Finds keys whose Key ID starts with the typed hex digits: one round trip for the devices,
 * then all devices' key lists at once. Only when nothing matches does it ask which other PCs
 * the person uses, to name the one the help desk must look up.
 */
export async function lookupKeyId(portal: Portal, hexPrefix: string): Promise<Lookup> {
  const devices = await getDevices(portal);
  const results = await Promise.all(
    devices.map(async (device) => ({ device, result: await getDeviceKeys(portal, device) })),
  );
  const all: KeyWithDevice[] = [];
  const failures: Lookup["failures"] = [];
  for (const { device, result } of results) {
    if (result.ok) all.push(...result.keys.map((key) => ({ key, device })));
    else failures.push({ device, failure: result.failure });
  }
  const keys = all.map((entry) => entry.key);
  const matched = new Set(matchKeyIds(hexPrefix, keys));
  const near = new Set(nearKeyIds(hexPrefix, keys));
  const matches = all.filter((entry) => matched.has(entry.key));
  const restricted = selfServiceRefused(results.map((r) => r.result)) || (await outsideSelfServiceGroup(portal));
  const byDevice = new Map<Device, DeviceKeys>(results.map((r) => [r.device, r.result]));
  const notOwned =
    matches.length === 0 && !restricted
      ? devicesWithoutSelfService(devices, await registeredDevices(portal), (d) => byDevice.get(d))
      : [];
  return {
    matches,
    all,
    failures,
    restricted,
    near: all.filter((entry) => near.has(entry.key)),
    notOwned,
    ownedDevices: devices.length,
  };
}

/** Only a better explanation depends on this list, so a failure leaves it out rather than failing the lookup. */
async function registeredDevices(portal: Portal): Promise<Device[]> {
  const result = await withGraph("list_registered_devices", portal, () => listRegisteredDevices(portal.graph));
  return result.ok ? result.value : [];
}
