import "server-only";
import { cache } from "react";
import { readGrants, type Grant, type Grants } from "@/lib/access/grants";
import { ruleSettings } from "@/lib/access/settings";
import { GraphFailure } from "@/lib/graph/errors";
import { listOwnedDevices, listRecoveryKeys } from "@/lib/graph/operations";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import { withGraph } from "./failure";
import type { Portal } from "./session";

export type DeviceKeys = { ok: true; keys: RecoveryKeyInfo[] } | { ok: false; failure: GraphFailure };

/** Brokered mode: the devices KeyDesk's rule lets this person see, read once per request. */
export const getGrants = cache((portal: Portal): Promise<Grants> =>
  readGrants(portal.graph, portal.access.graph, portal.user.objectId, ruleSettings()),
);

/** The devices whose keys this person may read: Graph's owner check, or KeyDesk's rule. */
export const getDevices = cache(async (portal: Portal): Promise<Device[]> =>
  portal.access.mode === "brokered"
    ? (await getGrants(portal)).grants.map((grant) => grant.device)
    : listOwnedDevices(portal.graph),
);

/** Brokered mode: the person is outside KEY_ACCESS_GROUP_ID, so the help desk reads their keys. */
export async function outsideSelfServiceGroup(portal: Portal): Promise<boolean> {
  return portal.access.mode === "brokered" && !(await getGrants(portal)).inGroup;
}

/**
 * Brokered mode: the grant for the device a key belongs to, as Graph named it. A key outside the
 * rule is answered exactly as a key that does not exist — the same failure, so the same page.
 */
export async function grantForKey(portal: Portal, key: RecoveryKeyInfo): Promise<Grant> {
  const deviceId = key.deviceId?.toLowerCase();
  const grant = (await getGrants(portal)).grants.find((g) => deviceId && g.device.deviceId?.toLowerCase() === deviceId);
  if (!grant) throw new GraphFailure("not-found", 404, null, "key outside KeyDesk's access rule");
  return grant;
}

/** One device's keys; a failure stays with that device so the others still show. */
export const getDeviceKeys = cache(async (portal: Portal, device: Device): Promise<DeviceKeys> => {
  const deviceId = device.deviceId;
  if (!deviceId) return { ok: true, keys: [] };
  const result = await withGraph("list_recovery_keys", portal, () => listRecoveryKeys(portal.access.graph, deviceId));
  return result.ok ? { ok: true, keys: result.value } : result;
});
