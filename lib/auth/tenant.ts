import { MSA_TENANT_ID } from "@/lib/env";

const MULTI_TENANT_SEGMENT = /\/(common|organizations|consumers)\/v2\.0$/;

/** The issuer of one tenant, from the configured (single- or multi-tenant) issuer. */
export function issuerForTenant(configuredIssuer: string, tenantId: string): string {
  return configuredIssuer.replace(MULTI_TENANT_SEGMENT, `/${tenantId}/v2.0`);
}

export type TenantVerdict = "allowed" | "personal-account" | "tenant-not-allowed";

/** Personal Microsoft accounts cannot use Graph's BitLocker API; operators may also allow-list tenants. */
export function judgeTenant(tenantId: string | undefined, allowList: string[]): TenantVerdict {
  const tid = (tenantId ?? "").toLowerCase();
  if (tid === MSA_TENANT_ID) return "personal-account";
  if (allowList.length > 0 && !allowList.includes(tid)) return "tenant-not-allowed";
  return "allowed";
}
