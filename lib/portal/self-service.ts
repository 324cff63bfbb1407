import "server-only";
import { cache } from "react";
import { GraphFailure } from "@/lib/graph/errors";
import { getDeviceKeys, getDevices, logFailure } from "./devices";
import { selfServiceRefused } from "./no-match";
import type { Portal } from "./session";

/**
 * Whether this tenant lets people read their own keys, from the first key listing Graph answers:
 * asked on the landing page so a restricted tenant hears it once, before typing anything.
 */
export const isSelfServiceRestricted = cache(async (portal: Portal): Promise<boolean> => {
  try {
    const first = (await getDevices(portal)).find((device) => device.deviceId);
    return first ? selfServiceRefused([await getDeviceKeys(portal, first)]) : false;
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    logFailure("list_owned_devices", portal, error);
    return false;
  }
});
