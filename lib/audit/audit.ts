import "server-only";
import type { GraphFailureKind } from "@/lib/graph/errors";

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
  /**
   * How the key was read (KEY_ACCESS): `delegated` with the person's own token, `brokered` with
   * KeyDesk's application identity — then Entra's audit log names the application, and this
   * event is the record of who saw the key; `helpdesk` when an agent read the key for a caller in
   * the help-desk console (lib/helpdesk), with the agent's own token.
   */
  accessMode?: "delegated" | "brokered" | "helpdesk";
  /** Brokered, successful reads: the relation of KeyDesk's rule that allowed it (KEY_ACCESS_RULE). */
  rule?: "owner" | "primary-user";
  /** The REVEAL_AUTH_CONTEXT the sign-in satisfied (its `acrs`), from the session. */
  authContext?: string;
  /** When the person last authenticated at Entra (the sign-in's `auth_time`), from the session. */
  authTime?: string;
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

/** How a reveal that Graph answered with a failure is recorded, by the failure's kind. */
export const revealOutcome: Record<GraphFailureKind, RevealAuditEvent["outcome"]> = {
  forbidden: "denied",
  "not-found": "not_found",
  throttled: "throttled",
  "session-expired": "error",
  unavailable: "error",
  timeout: "error",
  "bad-response": "error",
  "bad-request": "error",
  "app-credential": "error",
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

/**
 * A shown key being replaced (ROTATE_AFTER_REVEAL, brokered mode): Intune accepted the request
 * (`requested`), the device backed up a new key (`confirmed`, with its Key ID), or it did not
 * happen (`failed`, with why). The actor is the person whose reveal started it.
 */
export type RotationAuditEvent = {
  type: "keydesk.audit";
  schemaVersion: 1;
  event: "recovery_key.rotation";
  time: string;
  outcome: "requested" | "confirmed" | "failed";
  actor: Actor;
  /** The key that was shown and its device, as Graph named them when the key was read. */
  target: { keyId: string; deviceId: string };
  /**
   * `person`: "I'm back in Windows"; `helpdesk`: the agent who read the key to a caller asked
   * (the actor is then the agent); `delay`: ROTATE_AFTER_REVEAL_DELAY_MINUTES ran out.
   */
  trigger: "person" | "helpdesk" | "delay";
  accessMode: "brokered";
  /** Confirmed: the Key ID of the new key. */
  newKeyId?: string;
  /** Failed: `not-managed` (Intune does not manage the PC), `not-confirmed` (no new key within 24 hours), or Graph's failure kind. */
  reason?: string;
};

export type AuditEvent = RevealAuditEvent | LookupAuditEvent | RotationAuditEvent;
type Fields<E> = E extends AuditEvent ? Omit<E, "type" | "schemaVersion" | "time"> : never;

export function emitAudit(event: Fields<AuditEvent>): AuditEvent {
  const full: AuditEvent = { type: "keydesk.audit", schemaVersion: 1, time: new Date().toISOString(), ...event };
  console.log(JSON.stringify(full));
  return full;
}
