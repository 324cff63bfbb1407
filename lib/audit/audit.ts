import "server-only";

type Actor = { objectId: string; userPrincipalName: string; tenantId: string };
type Client = { ip: string | null; userAgent: string | null };

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
  actor: Actor;
  /** From Graph's answer only; `deviceId` is null when Graph did not answer with the key. */
  target: { keyId: string; deviceId: string | null };
  client: Client;
  /** The "reason for access" the person chose, recorded only when it is one of IT's REVEAL_REASONS. */
  reason?: string;
  /** "helpdesk": an agent read the key for a caller in the help-desk console (lib/helpdesk). */
  accessMode?: "helpdesk";
  /** Help desk: the device and its owner as Graph named them at the reveal (null where Graph did not say). */
  subject?: HelpdeskSubject;
  /** Help desk: the ticket number the agent gave (it matched HELPDESK_TICKET_PATTERN). */
  ticket?: string;
  /** Help desk: the identity checks (HELPDESK_CHECKS) the agent ticked. */
  checks?: string[];
};

export type HelpdeskSubject = {
  deviceId: string | null;
  deviceName: string | null;
  deviceObjectId: string | null;
  owner: { objectId: string; userPrincipalName: string | null; relation: "owner" | "user" } | null;
};

/** A Key ID lookup KeyDesk refused because the person reached LOOKUP_LIMIT_PER_HOUR. Nothing typed is recorded. */
export type LookupAuditEvent = {
  type: "keydesk.audit";
  schemaVersion: 1;
  event: "recovery_key.lookup";
  time: string;
  outcome: "rate_limited";
  actor: Actor;
  client: Client;
};

export type AuditEvent = RevealAuditEvent | LookupAuditEvent;
type Fields<E> = E extends AuditEvent ? Omit<E, "type" | "schemaVersion" | "time"> : never;

export function emitAudit(event: Fields<AuditEvent>): AuditEvent {
  const full: AuditEvent = { type: "keydesk.audit", schemaVersion: 1, time: new Date().toISOString(), ...event };
  console.log(JSON.stringify(full));
  return full;
}
