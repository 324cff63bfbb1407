import "server-only";

/**
 * One line of JSON on stdout for every key reveal, for the operator's log pipeline / SIEM.
 * The schema is stable (see docs/audit-events.md); it never contains key material.
 */
export type RevealAuditEvent = {
  type: "keydesk.audit";
  schemaVersion: 1;
  event: "recovery_key.reveal";
  time: string;
  outcome: "success" | "denied" | "not_found" | "throttled" | "error" | "rate_limited";
  actor: { objectId: string; userPrincipalName: string; tenantId: string };
  target: { keyId: string; deviceId: string | null };
  client: { ip: string | null; userAgent: string | null };
  /** Free-text reason the user chose before reveal, when IT asks for one. */
  reason?: string;
};

export function emitAudit(event: Omit<RevealAuditEvent, "type" | "schemaVersion" | "time">): RevealAuditEvent {
  const full: RevealAuditEvent = { type: "keydesk.audit", schemaVersion: 1, time: new Date().toISOString(), ...event };
  console.log(JSON.stringify(full));
  return full;
}
