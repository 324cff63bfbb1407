import "server-only";
import { cache } from "react";
import { getDeviceKeys, getDevices, outsideSelfServiceGroup } from "./devices";
import { withGraph } from "./failure";
import { selfServiceRefused } from "./no-match";
import type { Portal } from "./session";

/**
 * Whether this tenant lets people read their own keys, from the first key listing Graph answers:
 * asked on the landing page so a restricted tenant hears it once, before typing anything.
 */
export const isSelfServiceRestricted = cache(async (portal: Portal): Promise<boolean> => {
  // Brokered: KeyDesk's own rule decides; only a person outside the self-service group is refused.
  if (portal.access.mode === "brokered") {
    const outside = await withGraph("list_granted_devices", portal, () => outsideSelfServiceGroup(portal));
    return outside.ok && outside.value;
  }
  const result = await withGraph("list_owned_devices", portal, async () => {
    const first = (await getDevices(portal)).find((device) => device.deviceId);
    return first ? selfServiceRefused([await getDeviceKeys(portal, first)]) : false;
  });
  return result.ok && result.value;
});
