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

/**
 * Brokered key access (KEY_ACCESS=brokered) as an operator sets it up for the Northwind tenant,
 * which restricts owner self-service: single-tenant issuer, KeyDesk's certificate credential (the
 * emulator writes its PEM at start-up), the self-service group and the excluded-devices group,
 * and rotation after a reveal. A credential the operator sets (GRAPH_APP_CERTIFICATE_PATH, or a
 * GRAPH_APP_CLIENT_SECRET alone) is used instead, right or wrong, as KeyDesk would use it.
 */
export function brokeredSettings(options: {
  seed: Seed;
  issuerOrigin: string;
  /** The PEM the emulators wrote (`appCertificateFile` of startEmulators). */
  certificateFile: string;
}): Record<string, string> {
  const northwind = options.seed.tenants.find((tenant) => tenant.domain === "northwind.example");
  if (!northwind) throw new Error("the seed has no Northwind tenant");
  const group = (name: string) => {
    const found = northwind.groups?.find((g) => g.displayName === name);
    if (!found) throw new Error(`the Northwind seed has no group "${name}"`);
    return found.id;
  };
  return {
    KEY_ACCESS: "brokered",
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: `${options.issuerOrigin}/${northwind.id}/v2.0`,
    // The certificate would win over a secret (lib/graph/app-credential-settings.ts): set only one.
    ...(process.env.GRAPH_APP_CLIENT_SECRET && !process.env.GRAPH_APP_CERTIFICATE_PATH
      ? {}
      : { GRAPH_APP_CERTIFICATE_PATH: process.env.GRAPH_APP_CERTIFICATE_PATH ?? options.certificateFile }),
    KEY_ACCESS_RULE: process.env.KEY_ACCESS_RULE ?? "owner|primary-user",
    KEY_ACCESS_GROUP_ID: group("KeyDesk self-service"),
    KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID: group("KeyDesk excluded devices"),
    ORG_NAME: process.env.ORG_NAME ?? "Northwind Traders",
    ORG_TENANT_ID: northwind.id,
    HELPDESK_EMAIL: process.env.HELPDESK_EMAIL ?? "helpdesk@northwind.example",
    // A key shown is a key spent: "I'm back in Windows" has Intune replace it (the emulator does, seconds later).
    ROTATE_AFTER_REVEAL: process.env.ROTATE_AFTER_REVEAL ?? "true",
    // Northwind has no help-desk agent; without the console, sign-in asks for the smallest scopes.
    HELPDESK: process.env.HELPDESK ?? "false",
  };
}

function contosoTenantId(seed: Seed): string {
  const contoso = seed.tenants.find((tenant) => tenant.domain === "contoso.example");
  if (!contoso) throw new Error("the seed has no Contoso tenant");
  return contoso.id;
}
