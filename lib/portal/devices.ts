import "server-only";
import { cache } from "react";
import { GraphFailure } from "@/lib/graph/errors";
import { listOwnedDevices, listRecoveryKeys } from "@/lib/graph/operations";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import type { Portal } from "./session";

export type DeviceKeys = { ok: true; keys: RecoveryKeyInfo[] } | { ok: false; failure: GraphFailure };

export const getDevices = cache((portal: Portal): Promise<Device[]> => listOwnedDevices(portal.graph));

/** One device's keys; a failure stays with that device so the others still show. */
export const getDeviceKeys = cache(async (portal: Portal, device: Device): Promise<DeviceKeys> => {
  if (!device.deviceId) return { ok: true, keys: [] };
  try {
    return { ok: true, keys: await listRecoveryKeys(portal.graph, device.deviceId) };
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    logFailure("list_recovery_keys", portal, error);
    return { ok: false, failure: error };
  }
});

export function logFailure(operation: string, portal: Portal, error: GraphFailure): void {
  console.warn(
    JSON.stringify({
      event: "graph_failure",
      operation,
      kind: error.kind,
      status: error.status,
      oid: portal.user.objectId,
      tid: portal.user.tenantId,
      detail: error.message,
    }),
  );
}
