import "server-only";
import { env } from "@/lib/env";
import type { VerificationRules } from "./verification";

/** What IT configured for the console's verify-and-record step. */
export function verificationRules(): VerificationRules {
  const e = env();
  return { ticketPattern: e.HELPDESK_TICKET_PATTERN, reasons: e.HELPDESK_REASONS, checks: e.HELPDESK_CHECKS };
}
