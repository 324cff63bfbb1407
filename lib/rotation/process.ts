import type { RecoveryKeyInfo } from "@/lib/graph/types";
import type { RotationJob } from "./queue";

/** After Intune accepted a rotation, the key list is looked at again after these waits (then hourly). */
export const WATCH_STEPS_MS = [15_000, 30_000, 60_000, 2 * 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000, 60 * 60_000];
/** A device that has not backed up a new key this long after the request is reported (it may be off). */
export const WATCH_LIMIT_MS = 24 * 60 * 60_000;
/** A throttled or unavailable Intune is asked again this many times, a minute apart, before giving up. */
export const REQUEST_TRIES = 5;

export type RotationOutcome =
  | { outcome: "requested"; next: RotationJob }
  | { outcome: "confirmed"; newKeyId: string }
  | { outcome: "failed"; reason: string }
  | { outcome: "retry"; next: RotationJob };

/** What one rotation step needs from Graph, as KeyDesk's application. */
export type RotationGraph = {
  findManagedDeviceId(deviceId: string): Promise<string | null>;
  requestKeyRotation(managedDeviceId: string): Promise<void>;
  listRecoveryKeys(deviceId: string): Promise<RecoveryKeyInfo[]>;
};

/** Failures worth another try later: Graph or Intune busy or briefly away. */
export type StepFailure = { kind: string; transient: boolean };

/**
 * The new key that replaced the one shown: an operating-system key of the same device, other than
 * the one shown, backed up no earlier than the second Intune accepted the request.
 */
export function replacementOf(job: RotationJob, keys: RecoveryKeyInfo[]): RecoveryKeyInfo | null {
  const since = Math.floor((job.requestedAt ?? 0) / 1000) * 1000;
  return (
    keys.find(
      (key) =>
        key.volume === "os" && key.id !== job.keyId && key.createdAt !== null && Date.parse(key.createdAt) >= since,
    ) ?? null
  );
}

/** One step of a job that is due: ask Intune, or look for the new key. */
export async function advance(
  job: RotationJob,
  graph: RotationGraph,
  now: number,
  failureOf: (error: unknown) => StepFailure,
): Promise<RotationOutcome> {
  try {
    if (job.phase === "rotate") {
      const managedDeviceId = await graph.findManagedDeviceId(job.deviceId);
      if (!managedDeviceId) return { outcome: "failed", reason: "not-managed" };
      await graph.requestKeyRotation(managedDeviceId);
      const next: RotationJob = {
        ...job,
        phase: "watch",
        requestedAt: now,
        attempts: 0,
        dueAt: now + WATCH_STEPS_MS[0]!,
      };
      return { outcome: "requested", next };
    }
    const replacement = replacementOf(job, await graph.listRecoveryKeys(job.deviceId));
    if (replacement) return { outcome: "confirmed", newKeyId: replacement.id };
    return watchAgain(job, now);
  } catch (error) {
    const failure = failureOf(error);
    if (job.phase === "watch")
      return failure.transient ? watchAgain(job, now) : { outcome: "failed", reason: failure.kind };
    if (failure.transient && job.attempts + 1 < REQUEST_TRIES)
      return { outcome: "retry", next: { ...job, attempts: job.attempts + 1, dueAt: now + 60_000 } };
    return { outcome: "failed", reason: failure.kind };
  }
}

function watchAgain(job: RotationJob, now: number): RotationOutcome {
  if (now - (job.requestedAt ?? now) >= WATCH_LIMIT_MS) return { outcome: "failed", reason: "not-confirmed" };
  const wait = WATCH_STEPS_MS[Math.min(job.attempts + 1, WATCH_STEPS_MS.length - 1)]!;
  return { outcome: "retry", next: { ...job, attempts: job.attempts + 1, dueAt: now + wait } };
}
