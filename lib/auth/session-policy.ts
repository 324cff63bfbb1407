export type SessionTimes = { signedInAt?: number; lastSeen?: number };
export type SessionLimits = { maxAgeSeconds: number; idleSeconds: number };

/**
 * Whether a session may go on, at `now` (seconds since epoch): it ends a fixed time after
 * sign-in however active the person is, and earlier when nothing happened for too long.
 */
export function sessionVerdict(times: SessionTimes, limits: SessionLimits, now: number): "active" | "expired" | "idle" {
  if (now - (times.signedInAt ?? 0) > limits.maxAgeSeconds) return "expired";
  if (now - (times.lastSeen ?? now) > limits.idleSeconds) return "idle";
  return "active";
}
