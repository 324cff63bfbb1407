import "server-only";
import { emitAudit } from "@/lib/audit/audit";
import { env } from "@/lib/env";
import { appGateway } from "@/lib/graph/app-identity";
import { GraphFailure } from "@/lib/graph/errors";
import { listRecoveryKeys } from "@/lib/graph/operations";
import { findManagedDeviceId, requestKeyRotation } from "@/lib/graph/rotation-operations";
import { advance, type RotationGraph, type StepFailure } from "./process";
import { rotationQueue, type RotationActor, type RotationJob } from "./queue";

/** Jobs one instance takes per look at the queue; the rest wait for the next look, a few seconds later. */
const BATCH = 20;

/** Rotation after a reveal is on: ROTATE_AFTER_REVEAL=true (brokered mode only, lib/env.ts checks). */
export function rotationEnabled(): boolean {
  return env().ROTATE_AFTER_REVEAL;
}

/** After a brokered reveal: Intune is asked to replace the key once the delay has run out. */
export async function scheduleRotation(shown: { keyId: string; deviceId: string; actor: RotationActor }) {
  if (!rotationEnabled()) return;
  const queue = rotationQueue();
  // A rotation already asked for is being watched: a second reveal of the same key changes nothing.
  if ((await queue.get(shown.keyId))?.phase === "watch") return;
  const dueAt = Date.now() + env().ROTATE_AFTER_REVEAL_DELAY_MINUTES * 60_000;
  await queue.put({ ...shown, phase: "rotate", dueAt, trigger: "delay", attempts: 0 });
}

/**
 * "I'm back in Windows": the key has done its job, so ask Intune now. The caller has applied
 * KeyDesk's rule to Graph's answer for this key in this request; `deviceId` is Graph's.
 */
export async function rotateNow(
  keyId: string,
  actor: RotationActor,
  deviceId: string,
  trigger: "person" | "helpdesk" = "person",
): Promise<void> {
  const queue = rotationQueue();
  const pending = await queue.get(keyId);
  if (pending?.phase === "watch") return;
  await queue.put({ keyId, deviceId, actor, phase: "rotate", dueAt: Date.now(), trigger, attempts: 0 });
}

const graphOf = (): RotationGraph => {
  const app = appGateway();
  return {
    findManagedDeviceId: (deviceId) => findManagedDeviceId(app, deviceId),
    requestKeyRotation: (id) => requestKeyRotation(app, id),
    listRecoveryKeys: (deviceId) => listRecoveryKeys(app, deviceId),
  };
};

const TRANSIENT = new Set(["throttled", "unavailable", "timeout"]);
function failureOf(error: unknown): StepFailure {
  if (error instanceof GraphFailure) return { kind: error.kind, transient: TRANSIENT.has(error.kind) };
  return { kind: "error", transient: true };
}

/** Works through the rotations that are due: asks Intune, watches for the new key, records each outcome. */
export async function runDueRotations(now = Date.now()): Promise<void> {
  const queue = rotationQueue();
  const due = await queue.takeDue(now, BATCH);
  if (due.length === 0) return;
  const graph = graphOf();
  for (const job of due) {
    const step = await advance(job, graph, now, failureOf);
    if (step.outcome === "retry") await queue.put(step.next);
    else if (step.outcome === "requested") {
      await queue.put(step.next);
      audit(job, { outcome: "requested" });
    } else if (step.outcome === "confirmed") audit(job, { outcome: "confirmed", newKeyId: step.newKeyId });
    else audit(job, { outcome: "failed", reason: step.reason });
  }
}

function audit(
  job: RotationJob,
  result: { outcome: "requested" } | { outcome: "confirmed"; newKeyId: string } | { outcome: "failed"; reason: string },
) {
  emitAudit({
    event: "recovery_key.rotation",
    actor: job.actor,
    target: { keyId: job.keyId, deviceId: job.deviceId },
    trigger: job.trigger,
    accessMode: "brokered",
    ...result,
  });
}
