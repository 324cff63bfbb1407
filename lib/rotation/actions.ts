"use server";

import { z } from "zod";
import { actorOf } from "@/lib/helpdesk/agent";
import { helpdeskAgent } from "@/lib/helpdesk/gate";
import { getRecoveryKeyInfo } from "@/lib/graph/operations";
import { isGuid } from "@/lib/recovery-key/key-id";
import { brokeredGrant } from "@/lib/portal/brokered-reveal";
import { withGraph } from "@/lib/portal/failure";
import { getPortal } from "@/lib/portal/session";
import { rotateNow, rotationEnabled } from "./rotation";

const input = z.object({ keyId: z.string().max(64).refine(isGuid) });

export type RotationRequestResult = { ok: true } | { ok: false; error: "invalid-input" | "session-expired" | "failed" };

/**
 * "I'm back in Windows": the person no longer needs the key they were shown, so Intune is asked
 * to replace it now rather than after the delay. Only for a key KeyDesk's rule lets this person
 * read, decided on Graph's answer in this request.
 */
export async function confirmBackInWindows(raw: z.input<typeof input>): Promise<RotationRequestResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success || !rotationEnabled()) return { ok: false, error: "invalid-input" };
  const portal = await getPortal();
  if (!portal) return { ok: false, error: "session-expired" };
  if (portal.access.mode !== "brokered") return { ok: false, error: "invalid-input" };
  const keyId = parsed.data.keyId.toLowerCase();
  const allowed = await withGraph("check_key_access", portal, () => brokeredGrant(portal, keyId));
  if (!allowed.ok || !allowed.value.device.deviceId) return { ok: false, error: "failed" };
  const actor = { objectId: portal.user.objectId, userPrincipalName: portal.user.upn, tenantId: portal.user.tenantId };
  await rotateNow(keyId, actor, allowed.value.device.deviceId.toLowerCase());
  return { ok: true };
}

/**
 * The help-desk console, after the call: the agent has Intune replace the key they just read to
 * the caller. The agent's own token reads the key's metadata (Graph's role check decides), so
 * the device is the one Graph names; the audit names the agent.
 */
export async function rotateForCaller(raw: z.input<typeof input>): Promise<RotationRequestResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success || !rotationEnabled()) return { ok: false, error: "invalid-input" };
  const agent = await helpdeskAgent();
  if (!agent) return { ok: false, error: "session-expired" };
  const keyId = parsed.data.keyId.toLowerCase();
  const info = await withGraph("helpdesk_rotate_key", agent, () => getRecoveryKeyInfo(agent.graph, keyId));
  if (!info.ok || !info.value.deviceId) return { ok: false, error: "failed" };
  await rotateNow(keyId, actorOf(agent), info.value.deviceId.toLowerCase(), "helpdesk");
  return { ok: true };
}
