import "server-only";
import { env } from "@/lib/env";

const TENANT_IN_ISSUER = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0$/i;

/**
 * Whether the configured organisation (name, logo, help desk) is the signed-in person's own.
 * A multi-tenant portal must not send a Fabrikam user to Contoso's help desk.
 */
export function isOwnTenant(tenantId: string | null | undefined): boolean {
  const e = env();
  return belongsToBrand(tenantId, brandTenant(e.ORG_TENANT_ID, e.AUTH_MICROSOFT_ENTRA_ID_ISSUER));
}

/** The tenant the branding belongs to: ORG_TENANT_ID, else the issuer's tenant; null for all tenants. */
export function brandTenant(orgTenantId: string | undefined, issuer: string): string | null {
  return (orgTenantId ?? TENANT_IN_ISSUER.exec(issuer)?.[1] ?? null)?.toLowerCase() ?? null;
}

/** Signed-out visitors (no tenant yet) see the configured organisation. */
export function belongsToBrand(tenantId: string | null | undefined, brand: string | null): boolean {
  return !tenantId || !brand || brand === tenantId.toLowerCase();
}
