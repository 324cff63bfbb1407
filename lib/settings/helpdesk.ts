import "server-only";
import { env } from "@/lib/env";

export type Helpdesk = {
  orgName: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
  hours: string | null;
};

/** How to reach the organisation's help desk, as configured by IT (any field may be missing). */
export function getHelpdesk(): Helpdesk {
  const e = env();
  return {
    orgName: e.ORG_NAME ?? null,
    phone: e.HELPDESK_PHONE ?? null,
    email: e.HELPDESK_EMAIL ?? null,
    url: e.HELPDESK_URL ?? null,
    hours: e.HELPDESK_HOURS ?? null,
  };
}
