import "server-only";
import { cache } from "react";
import { GraphFailure } from "@/lib/graph/errors";
import { getDeviceKeys, getDevices, getGrants, outsideSelfServiceGroup } from "./devices";
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

/**
 * Brokered mode: KeyDesk's own credential failed (missing, expired, or a permission not granted),
 * so no key can be read by anyone — said on the landing page, before the person types anything.
 * The failure itself is logged once, by isSelfServiceRestricted's read of the same grants.
 */
export const appCredentialFailure = cache(async (portal: Portal): Promise<GraphFailure | null> => {
  if (portal.access.mode !== "brokered") return null;
  try {
    await getGrants(portal);
    return null;
  } catch (error) {
    return error instanceof GraphFailure && error.kind === "app-credential" ? error : null;
  }
});
