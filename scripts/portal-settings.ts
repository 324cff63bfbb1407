import { randomBytes } from "node:crypto";
import type { Seed } from "../emulators/seed/types";

/**
 * The variables an operator sets for a real tenant, pointed at the emulators: the demo, the
 * end-to-end suites and `npm run test:image` all configure KeyDesk through these alone.
 */
export function emulatorSettings(options: {
  seed: Seed;
  /** The address people browse to: AUTH_URL. */
  portalUrl: string;
  issuerOrigin: string;
  graphOrigin: string;
  /** The emulators' throw-away CA, trusted through NODE_EXTRA_CA_CERTS. */
  caFile: string;
}): Record<string, string> {
  return {
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    AUTH_URL: options.portalUrl,
    AUTH_MICROSOFT_ENTRA_ID_ID: options.seed.application.clientId,
    AUTH_MICROSOFT_ENTRA_ID_SECRET: options.seed.application.clientSecret,
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: `${options.issuerOrigin}/common/v2.0`,
    GRAPH_BASE_URL: options.graphOrigin,
    NODE_EXTRA_CA_CERTS: options.caFile,
    ORG_NAME: process.env.ORG_NAME ?? "Contoso",
    // The help desk below is Contoso's: Fabrikam's people must not be sent to it.
    ORG_TENANT_ID: process.env.ORG_TENANT_ID ?? contosoTenantId(options.seed),
    HELPDESK_PHONE: process.env.HELPDESK_PHONE ?? "+1 555 0100",
    HELPDESK_EMAIL: process.env.HELPDESK_EMAIL ?? "helpdesk@contoso.example",
    HELPDESK_HOURS: process.env.HELPDESK_HOURS ?? "Mon–Fri 7:00–19:00",
    // The help-desk console, for Patti (Helpdesk Administrator); Grady (no such role) gets 404.
    HELPDESK: process.env.HELPDESK ?? "true",
    HELPDESK_TICKET_PATTERN: process.env.HELPDESK_TICKET_PATTERN ?? "INC[0-9]{6}",
    HELPDESK_CHECKS:
      process.env.HELPDESK_CHECKS ??
      "Called back on the number in the directory|Caller read the Key ID from the screen",
  };
}

function contosoTenantId(seed: Seed): string {
  const contoso = seed.tenants.find((tenant) => tenant.domain === "contoso.example");
  if (!contoso) throw new Error("the seed has no Contoso tenant");
  return contoso.id;
}
