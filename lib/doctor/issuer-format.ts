import { error, ok, skip, value, warn, type CheckResult, type Source } from "./types";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type IssuerKind = "single" | "organizations" | "common" | "consumers" | "domain" | "unknown";

/** The tenant segment of an Entra v2.0 issuer: `https://<login host>/<tenant>/v2.0`. */
export function issuerKind(issuer: string): IssuerKind {
  const segment = /^https?:\/\/[^/]+\/([^/]+)\/v2\.0$/.exec(issuer)?.[1];
  if (!segment) return "unknown";
  if (GUID.test(segment)) return "single";
  if (segment === "organizations" || segment === "common" || segment === "consumers") return segment;
  return segment.includes(".") ? "domain" : "unknown";
}

/**
 * Auth.js's Entra provider puts the signed-in tenant into a multi-tenant issuer's discovery
 * document only on this host; on national clouds' login hosts `…/organizations/v2.0` fails with
 * "issuer does not match", so there the tenant-specific issuer is the one that works.
 */
export const MULTI_TENANT_LOGIN_HOST = "login.microsoftonline.com";

/** The issuer's login host when it is not the global one, else null. */
export function otherLoginHost(issuer: string): string | null {
  const host = URL.canParse(issuer) ? new URL(issuer).host : null;
  return host && host !== MULTI_TENANT_LOGIN_HOST ? host : null;
}

/** What to use for "several tenants" with this issuer's login host. */
export function multiTenantAdvice(issuer: string): string {
  const host = otherLoginHost(issuer);
  return host
    ? `On ${host} use the tenant-specific issuer https://${host}/<tenant-id>/v2.0 (one deployment per tenant): Auth.js recognises the tenant of …/organizations/v2.0 only on ${MULTI_TENANT_LOGIN_HOST}.`
    : "For a multi-tenant app use …/organizations/v2.0; for one tenant use …/<tenant-id>/v2.0.";
}

/** A corrected issuer for the common mistakes, or null when there is nothing obvious to correct. */
export function suggestIssuer(issuer: string): string | null {
  let fixed = issuer.trim().replace(/^http:\/\//i, "https://");
  fixed = fixed
    .replace(/\/\.well-known\/openid-configuration\/?$/, "")
    .replace(/\/oauth2\/v2\.0\/(authorize|token)\/?$/, "/v2.0");
  fixed = fixed.replace(/\/+$/, "");
  if (!fixed.endsWith("/v2.0")) fixed = fixed.replace(/\/oauth2$/, "") + "/v2.0";
  return fixed === issuer ? null : fixed;
}

/** The issuer's shape: https, no trailing slash, `/v2.0`, and which tenants it admits. */
export function checkIssuerFormat(source: Source): CheckResult[] {
  const id = "issuer.format";
  const issuer = value(source, "AUTH_MICROSOFT_ENTRA_ID_ISSUER");
  if (!issuer) return [skip(id, "Issuer format not checked: AUTH_MICROSOFT_ENTRA_ID_ISSUER is not set.")];
  const suggestion = suggestIssuer(issuer);
  if (suggestion) {
    const what = issuer.endsWith("/")
      ? "ends with a slash"
      : !issuer.startsWith("https://")
        ? "does not use https"
        : issuer.includes("/.well-known/")
          ? "is the discovery document's URL, not the issuer"
          : "does not end with /v2.0";
    return [
      error(
        id,
        `The issuer ${issuer} ${what}; sign-in fails with "issuer does not match".`,
        `Set AUTH_MICROSOFT_ENTRA_ID_ISSUER=${suggestion}`,
      ),
    ];
  }
  const allowList = value(source, "AUTH_ALLOWED_TENANTS");
  const elsewhere = otherLoginHost(issuer);
  switch (issuerKind(issuer)) {
    case "single":
      return [ok(id, "Issuer is single-tenant (…/<tenant-id>/v2.0).")];
    case "organizations":
      if (elsewhere)
        return [
          error(
            id,
            `Issuer is multi-tenant (organizations) on ${elsewhere}: Auth.js recognises the tenant of a multi-tenant issuer only on ${MULTI_TENANT_LOGIN_HOST}, so sign-in fails with "issuer does not match".`,
            `Use the tenant-specific issuer: AUTH_MICROSOFT_ENTRA_ID_ISSUER=https://${elsewhere}/<tenant-id>/v2.0 (national clouds: one deployment per tenant).`,
          ),
        ];
      return [
        allowList
          ? ok(id, "Issuer is multi-tenant (organizations), limited by AUTH_ALLOWED_TENANTS.")
          : warn(
              id,
              "Issuer is multi-tenant (organizations): people from any Entra tenant can sign in.",
              "Set AUTH_ALLOWED_TENANTS to the tenant ids you serve, or use …/<tenant-id>/v2.0 for one tenant.",
            ),
      ];
    case "common":
      return [
        warn(
          id,
          "Issuer uses common: personal Microsoft accounts reach sign-in too (KeyDesk sends them to account.microsoft.com).",
          elsewhere
            ? `Use the tenant-specific issuer https://${elsewhere}/<tenant-id>/v2.0: on ${elsewhere} Auth.js recognises no tenant in a multi-tenant issuer.`
            : "Use …/organizations/v2.0 (multi-tenant) or …/<tenant-id>/v2.0 (one tenant) unless you want that.",
        ),
      ];
    case "consumers":
      return [
        error(
          id,
          "Issuer uses consumers: only personal Microsoft accounts could sign in, and Graph's BitLocker API does not serve them.",
          elsewhere ? `Use https://${elsewhere}/<tenant-id>/v2.0.` : "Use …/<tenant-id>/v2.0 or …/organizations/v2.0.",
        ),
      ];
    case "domain":
      return [
        error(
          id,
          "Issuer names the tenant by domain; Entra's discovery answers with the tenant id, so the issuer check fails.",
          "Use the Directory (tenant) ID: https://<login host>/<tenant-id>/v2.0.",
        ),
      ];
    default:
      return [
        warn(
          id,
          `Issuer ${issuer} does not look like Entra's https://<login host>/<tenant>/v2.0.`,
          "Copy the issuer from the app registration's Endpoints page (OpenID Connect metadata document, without /.well-known/openid-configuration).",
        ),
      ];
  }
}
