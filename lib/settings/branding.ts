import "server-only";
import { env } from "@/lib/env";
import { isOwnTenant } from "./tenant";

export type Branding = { orgName: string | null; logoUrl: string | null; accentColor: string | null };

/**
 * How IT brands the portal: organisation name, logo, accent colour (each optional). Given the
 * signed-in person's tenant, another tenant's people get KeyDesk's neutral look.
 */
export function getBranding(tenantId?: string | null): Branding {
  const e = env();
  if (!isOwnTenant(tenantId)) return { orgName: null, logoUrl: null, accentColor: null };
  return { orgName: e.ORG_NAME ?? null, logoUrl: e.ORG_LOGO_URL ?? null, accentColor: e.ACCENT_COLOR ?? null };
}
