"use server";

import { z } from "zod";
import { emitAudit, revealOutcome, type HelpdeskSubject } from "@/lib/audit/audit";
import type { GraphFailureKind } from "@/lib/graph/errors";
import { readRecoveryPassword } from "@/lib/graph/operations";
import { consume } from "@/lib/limits/rate-limit";
import { clientInfo } from "@/lib/portal/client-info";
import { withGraph } from "@/lib/portal/failure";
import { consumeLookup } from "@/lib/portal/lookup-limit";
import { isGuid, type KeyIdCorrection } from "@/lib/recovery-key/key-id";
import { scheduleRotation } from "@/lib/rotation/rotation";
import { revealStepUp } from "@/lib/auth/step-up-session";
import { actorOf, limitKeyOf } from "./agent";
import { keyBarcodes, type BarcodeSvg } from "./barcodes";
import { helpdeskAgent } from "./gate";
import { parseHelpdeskQuery, type HelpdeskQueryError } from "./query";
import { deviceByDeviceId, personOf, searchHelpdesk, type HelpdeskSearch } from "./search";
import { verificationRules } from "./settings";
import { verify, type VerificationError } from "./verification";

/** Why the console could not ask Graph, or what Graph answered instead. */
export type HelpdeskFailure = GraphFailureKind | "not-agent" | "rate-limited";

export type SearchState =
  | { status: "idle" }
  | { status: "invalid"; error: HelpdeskQueryError }
  | { status: "failed"; error: HelpdeskFailure; retryAfterSeconds: number | null }
  | { status: "done"; result: HelpdeskSearch; corrections: KeyIdCorrection[] };

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 200) : "";
};

/** "Find": the caller's PC by Key ID, PC name or sign-in name; metadata only, never a key. */
export async function searchAction(_previous: SearchState, form: FormData): Promise<SearchState> {
  const agent = await helpdeskAgent();
  if (!agent) return { status: "failed", error: "not-agent", retryAfterSeconds: null };
  // The console's form always sends FormData; a hand-made request can send any value (Next.js would answer 500).
  if (!(form instanceof FormData)) return { status: "invalid", error: "empty" };
  const parsed = parseHelpdeskQuery(field(form, "keyId"), field(form, "who"));
  if (!parsed.ok) return { status: "invalid", error: parsed.error };
  const limit = await consumeLookup(agent);
  if (!limit.ok) return { status: "failed", error: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  const found = await withGraph("helpdesk_search", agent, () => searchHelpdesk(agent.graph, parsed.query));
  if (!found.ok)
    return { status: "failed", error: found.failure.kind, retryAfterSeconds: found.failure.retryAfterSeconds };
  return { status: "done", result: found.value, corrections: parsed.query.corrections };
}

const revealInput = z.object({
  keyId: z.string().max(64).refine(isGuid),
  ticket: z.string().max(200),
  reason: z.string().max(200),
  checks: z.array(z.string().max(200)).max(20),
});

export type HelpdeskRevealError = HelpdeskFailure | VerificationError | "invalid-input" | "step-up-required";
export type HelpdeskRevealResult =
  | {
      ok: true;
      key: string;
      deviceName: string | null;
      owner: string | null;
      barcodes: { code128: BarcodeSvg; qr: BarcodeSvg };
    }
  | { ok: false; error: HelpdeskRevealError; retryAfterSeconds: number | null };

const NO_SUBJECT: HelpdeskSubject = { deviceId: null, deviceName: null, deviceObjectId: null, owner: null };

const refused = (error: HelpdeskRevealError, retryAfterSeconds: number | null = null) =>
  ({ ok: false, error, retryAfterSeconds }) as const;

/**
 * "Show the key" for a caller: checks the agent, their ticket, reason and identity checks, then
 * reads the key again from Graph with the agent's own token, and names the device and its owner
 * from Graph for the audit event. The key travels only in this answer.
 */
export async function revealForCaller(raw: z.input<typeof revealInput>): Promise<HelpdeskRevealResult> {
  const parsed = revealInput.safeParse(raw);
  if (!parsed.success) return refused("invalid-input");
  const agent = await helpdeskAgent();
  if (!agent) return refused("not-agent");
  // IT's step-up (REVEAL_AUTH_CONTEXT, REVEAL_MAX_AUTH_AGE_MINUTES) holds for agents too, from their session.
  if (await revealStepUp()) return refused("step-up-required");
  const verified = verify(verificationRules(), parsed.data);
  if (!verified.ok) return refused(verified.error);

  const keyId = parsed.data.keyId.toLowerCase();
  const base = {
    event: "recovery_key.reveal" as const,
    accessMode: "helpdesk" as const,
    actor: actorOf(agent),
    client: await clientInfo(),
    ...verified.value,
  };
  const unknown = { target: { keyId, deviceId: null } };
  const limit = await consume("reveal", limitKeyOf(agent));
  if (!limit.ok) {
    emitAudit({ ...base, ...unknown, outcome: "rate_limited" });
    return refused("rate-limited", limit.retryAfterSeconds);
  }
  const read = await withGraph("helpdesk_read_key", agent, () => readRecoveryPassword(agent.graph, keyId));
  if (!read.ok) {
    emitAudit({ ...base, ...unknown, outcome: revealOutcome[read.failure.kind] });
    return refused(read.failure.kind, read.failure.retryAfterSeconds);
  }
  const { info, key } = read.value;
  // Graph has released the key (and logged it): a failure naming the device must not hide that.
  const named = await withGraph("helpdesk_key_subject", agent, () => subjectOf(agent.graph, info.deviceId));
  const subject = named.ok ? named.value : { ...NO_SUBJECT, deviceId: info.deviceId };
  emitAudit({ ...base, outcome: "success", target: { keyId: info.id, deviceId: info.deviceId }, subject });
  // A key read out is a key spent too (ROTATE_AFTER_REVEAL): replaced after the delay unless the agent asks sooner.
  if (info.deviceId)
    await scheduleRotation({ keyId: info.id, deviceId: info.deviceId.toLowerCase(), actor: base.actor });
  return {
    ok: true,
    key,
    deviceName: subject.deviceName,
    owner: subject.owner?.userPrincipalName ?? null,
    barcodes: keyBarcodes(key),
  };
}

/** The device the key belongs to and its owner, as Graph names them now (for the audit event and the agent). */
async function subjectOf(graph: Parameters<typeof personOf>[0], deviceId: string | null): Promise<HelpdeskSubject> {
  const device = deviceId ? await deviceByDeviceId(graph, deviceId) : null;
  const person = device ? await personOf(graph, device.objectId) : null;
  return {
    deviceId,
    deviceName: device?.displayName ?? null,
    deviceObjectId: device?.objectId ?? null,
    owner: person
      ? { objectId: person.objectId, userPrincipalName: person.userPrincipalName, relation: person.relation }
      : null,
  };
}
