import "server-only";
import { emitAudit } from "@/lib/audit/audit";
import { consume, type LimitResult } from "@/lib/limits/rate-limit";
import { clientInfo } from "./client-info";
import type { Portal } from "./session";

/**
 * Counts one Key ID lookup that would ask Graph (one call for the devices, one per device for
 * their keys) against the person's LOOKUP_LIMIT_PER_HOUR. A refused lookup is audited like a
 * refused reveal, and Graph is not asked.
 */
export async function consumeLookup(portal: Portal): Promise<LimitResult> {
  const { user } = portal;
  const limit = await consume("lookup", `${user.tenantId}:${user.objectId}`);
  if (!limit.ok) {
    emitAudit({
      event: "recovery_key.lookup",
      outcome: "rate_limited",
      actor: { objectId: user.objectId, userPrincipalName: user.upn, tenantId: user.tenantId },
      client: await clientInfo(),
    });
  }
  return limit;
}
