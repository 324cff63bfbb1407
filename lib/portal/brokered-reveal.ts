import "server-only";
import type { AccessRule } from "@/lib/access/rule";
import { GraphFailure } from "@/lib/graph/errors";
import { getRecoveryKeyInfo, readRecoveryPassword } from "@/lib/graph/operations";
import type { RecoveryKeyInfo } from "@/lib/graph/types";
import { getGrants, grantForKey } from "./devices";
import type { Portal } from "./session";

export type RevealRead = { info: RecoveryKeyInfo; key: string; rule: AccessRule | null };

/**
 * The read behind "Show recovery key". Delegated: Graph's own owner check decides. Brokered:
 * Graph's metadata names the key's device and KeyDesk's rule must allow that device for this
 * person before the key itself is read (both reads at once); a key outside the rule fails as
 * "not-found", exactly like a key that does not exist.
 */
export async function readKeyForReveal(portal: Portal, keyId: string): Promise<RevealRead> {
  if (portal.access.mode === "delegated")
    return { ...(await readRecoveryPassword(portal.access.graph, keyId)), rule: null };
  const grant = await brokeredGrant(portal, keyId);
  const read = await readRecoveryPassword(portal.access.graph, keyId);
  // The key must still belong to the device the rule allowed, as Graph says with the key itself.
  if (read.info.deviceId?.toLowerCase() !== grant.device.deviceId?.toLowerCase())
    throw new GraphFailure("not-found", 404, null, "key's device changed between the rule check and the read");
  return { ...read, rule: grant.rule };
}

/**
 * Brokered: what KeyDesk's rule allows for this key, from Graph's metadata only (no key read):
 * the device and the relation that lets this person read it. A key outside the rule fails as
 * "not-found", like a key that does not exist.
 */
export async function brokeredGrant(portal: Portal, keyId: string) {
  const [info] = await Promise.all([getRecoveryKeyInfo(portal.access.graph, keyId), getGrants(portal)]);
  return grantForKey(portal, info);
}
