import "server-only";
import { env } from "@/lib/env";

export type Branding = { orgName: string | null; logoUrl: string | null; accentColor: string | null };

/** How IT brands the portal: organisation name, logo, accent colour (each optional). */
export function getBranding(): Branding {
  const e = env();
  return { orgName: e.ORG_NAME ?? null, logoUrl: e.ORG_LOGO_URL ?? null, accentColor: e.ACCENT_COLOR ?? null };
}
