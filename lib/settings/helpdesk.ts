import "server-only";
import { env } from "@/lib/env";
import { isOwnTenant } from "./tenant";

export type Helpdesk = {
  orgName: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
  hours: string | null;
};

const NONE: Helpdesk = { orgName: null, phone: null, email: null, url: null, hours: null };

/**
 * How to reach the organisation's help desk, as configured by IT (any field may be missing).
 * Given the signed-in person's tenant, another tenant's people get no contact details rather
 * than the wrong organisation's.
 */
export function getHelpdesk(tenantId?: string | null): Helpdesk {
  const e = env();
  if (!isOwnTenant(tenantId)) return NONE;
  return {
    orgName: e.ORG_NAME ?? null,
    phone: e.HELPDESK_PHONE ?? null,
    email: e.HELPDESK_EMAIL ?? null,
    url: e.HELPDESK_URL ?? null,
    hours: e.HELPDESK_HOURS ?? null,
  };
}
