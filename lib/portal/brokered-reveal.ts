import "server-only";
import type { AccessRule } from "@/lib/access/rule";
import { getRecoveryKeyInfo } from "@/lib/graph/operations";
import { getGrants, grantForKey } from "./devices";
import type { Portal } from "./session";

/**
 * Brokered mode, before a key is read: Graph's metadata names the key's device, and KeyDesk's
 * rule must allow that device for this person. Both reads run at once; a key outside the rule
 * fails as "not-found", exactly like a key that does not exist.
 */
export async function checkBrokeredKey(portal: Portal, keyId: string): Promise<{ deviceId: string; rule: AccessRule }> {
  const [info] = await Promise.all([getRecoveryKeyInfo(portal.access.graph, keyId), getGrants(portal)]);
  const grant = await grantForKey(portal, info);
  return { deviceId: (grant.device.deviceId ?? "").toLowerCase(), rule: grant.rule };
}
