"use server";

import { z } from "zod";
import { emitAudit, revealOutcome } from "@/lib/audit/audit";
import { revealStepUp, stepUpAuditFacts } from "@/lib/auth/step-up-session";
import type { GraphFailureKind } from "@/lib/graph/errors";
import { isGuid } from "@/lib/recovery-key/key-id";
import { consume } from "@/lib/limits/rate-limit";
import { scheduleRotation } from "@/lib/rotation/rotation";
import { clientInfo } from "./client-info";
import { getRevealPolicy, rememberNoticeAccepted } from "./reveal-policy";
import { readKeyForReveal } from "./brokered-reveal";
import { revealReceipt } from "./reveal-record";
import { withGraph } from "./failure";
import { getPortal } from "./session";

/** Only what the person decides; everything the audit event says about the key comes from Graph. */
const input = z.object({
  keyId: z.string().max(64).refine(isGuid),
  noticeAccepted: z.boolean().optional(),
  reason: z.string().max(80).optional(),
});

export type RevealError =
  GraphFailureKind | "invalid-input" | "rate-limited" | "notice-required" | "reason-required" | "step-up-required";
export type RevealResult =
  { ok: true; key: string; receipt: string } | { ok: false; error: RevealError; retryAfterSeconds: number | null };

/**
 * Reads one recovery password, only because the person pressed "Show recovery key". The key
 * travels in this action's response and nowhere else: no URL, no cache, no log.
 */
export async function revealRecoveryKey(raw: z.input<typeof input>): Promise<RevealResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid-input", retryAfterSeconds: null };
  const portal = await getPortal();
  if (!portal) return { ok: false, error: "session-expired", retryAfterSeconds: null };
  // IT's step-up (REVEAL_AUTH_CONTEXT, REVEAL_MAX_AUTH_AGE_MINUTES), judged from the session alone.
  if (await revealStepUp()) return { ok: false, error: "step-up-required", retryAfterSeconds: null };

  const policy = await getRevealPolicy();
  if (!policy.noticeAccepted && !parsed.data.noticeAccepted)
    return { ok: false, error: "notice-required", retryAfterSeconds: null };
  // Recorded only when it is one of IT's choices: never free text from the browser.
  const reason = policy.reasons.find((choice) => choice === parsed.data.reason);
  if (policy.reasons.length > 0 && !reason) return { ok: false, error: "reason-required", retryAfterSeconds: null };

  const keyId = parsed.data.keyId.toLowerCase();
  const base = {
    event: "recovery_key.reveal" as const,
    actor: { objectId: portal.user.objectId, userPrincipalName: portal.user.upn, tenantId: portal.user.tenantId },
    client: await clientInfo(),
    accessMode: portal.access.mode,
    ...(reason ? { reason } : {}),
    ...(await stepUpAuditFacts()),
  };
  // Without an answer from Graph, KeyDesk does not know the device: it says so rather than guess.
  const unknownDevice = { keyId, deviceId: null };
  const limit = await consume("reveal", `${portal.user.tenantId}:${portal.user.objectId}`);
  if (!limit.ok) {
    emitAudit({ ...base, outcome: "rate_limited", target: unknownDevice });
    return { ok: false, error: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  }
  if (policy.notice && !policy.noticeAccepted) await rememberNoticeAccepted(policy.notice);
  const read = await withGraph("read_recovery_key", portal, () => readKeyForReveal(portal, keyId));
  if (read.ok) {
    const { info, key, rule } = read.value;
    emitAudit({
      ...base,
      ...(rule ? { rule } : {}),
      outcome: "success",
      target: { keyId: info.id, deviceId: info.deviceId },
    });
    // Brokered: the key just shown is to be replaced (ROTATE_AFTER_REVEAL), on Graph's device id.
    if (rule && info.deviceId) await scheduleRotation({ keyId: info.id, deviceId: info.deviceId, actor: base.actor });
    // Only the Key ID and the time, so the key page can tell when Windows replaced this key.
    return { ok: true, key, receipt: revealReceipt(portal.user, info.id, Date.now()) };
  } else {
    const error = read.failure;
    emitAudit({ ...base, outcome: revealOutcome[error.kind], target: unknownDevice });
    return { ok: false, error: error.kind, retryAfterSeconds: error.retryAfterSeconds };
  }
}
