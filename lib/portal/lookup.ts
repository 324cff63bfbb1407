import "server-only";
import type { GraphFailure } from "@/lib/graph/errors";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import { matchKeyIds } from "@/lib/recovery-key/key-id";
import { getDeviceKeys, getDevices } from "./devices";
import type { Portal } from "./session";

export type KeyWithDevice = { key: RecoveryKeyInfo; device: Device };
export type Lookup = {
  matches: KeyWithDevice[];
  /** Every key of every owned device that could be listed. */
  all: KeyWithDevice[];
  /** Devices whose keys could not be listed, so "no match" may not be the whole truth. */
  failures: { device: Device; failure: GraphFailure }[];
};

/**
 * Finds keys whose Key ID starts with the typed hex digits: one round trip for the devices,
 * then all devices' key lists at once.
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
  const matched = new Set(
    matchKeyIds(
      hexPrefix,
      all.map((entry) => entry.key),
    ),
  );
  return { matches: all.filter((entry) => matched.has(entry.key)), all, failures };
}
