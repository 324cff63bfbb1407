/** What an agent states before a key is shown: the ticket, IT's reason, the identity checks ticked. */
export type Verification = { ticket: string; reason: string; checks: string[] };
export type VerificationRules = {
  ticketPattern: string | undefined;
  reasons: readonly string[];
  checks: readonly string[];
};
export type VerificationError = "ticket-missing" | "ticket-invalid" | "reason-required" | "checks-incomplete";

const MAX_TICKET_LENGTH = 64;

/**
 * The ticket is the one free text in the audit line. JSON escapes control characters but not
 * line and paragraph separators, bidi, zero-width or private-use characters, with which a log
 * viewer would show a forged line or a reversed ticket: none of them belongs in a ticket number.
 */
const DISGUISING = /[\p{C}\p{Zl}\p{Zp}]/u;

/** Whether a ticket number fits IT's pattern, matched against the whole entry. */
export function ticketMatches(ticket: string, pattern: string | undefined): boolean {
  if (ticket.length === 0 || ticket.length > MAX_TICKET_LENGTH || DISGUISING.test(ticket)) return false;
  return pattern === undefined || new RegExp(`^(?:${pattern})$`, "u").test(ticket);
}

/**
 * Nothing is revealed until all is given: a ticket that fits the pattern, one of IT's reasons
 * (never free text) and every identity check ticked. The result holds only IT's own strings.
 */
export function verify(
  rules: VerificationRules,
  given: Verification,
): { ok: true; value: Verification } | { ok: false; error: VerificationError } {
  const ticket = given.ticket.trim();
  if (ticket === "") return { ok: false, error: "ticket-missing" };
  if (!ticketMatches(ticket, rules.ticketPattern)) return { ok: false, error: "ticket-invalid" };
  const reason = rules.reasons.find((choice) => choice === given.reason);
  if (reason === undefined) return { ok: false, error: "reason-required" };
  const ticked = rules.checks.filter((check) => given.checks.includes(check));
  if (ticked.length !== rules.checks.length) return { ok: false, error: "checks-incomplete" };
  return { ok: true, value: { ticket, reason, checks: ticked } };
}
