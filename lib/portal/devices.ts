import "server-only";
import { cache } from "react";
import type { GraphFailure } from "@/lib/graph/errors";
import { listOwnedDevices, listRecoveryKeys } from "@/lib/graph/operations";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import { withGraph } from "./failure";
import type { Portal } from "./session";

export type DeviceKeys = { ok: true; keys: RecoveryKeyInfo[] } | { ok: false; failure: GraphFailure };

export const getDevices = cache((portal: Portal): Promise<Device[]> => listOwnedDevices(portal.graph));

/** One device's keys; a failure stays with that device so the others still show. */
export const getDeviceKeys = cache(async (portal: Portal, device: Device): Promise<DeviceKeys> => {
  const deviceId = device.deviceId;
  if (!deviceId) return { ok: true, keys: [] };
  const result = await withGraph("list_recovery_keys", portal, () => listRecoveryKeys(portal.graph, deviceId));
  return result.ok ? { ok: true, keys: result.value } : result;
});
