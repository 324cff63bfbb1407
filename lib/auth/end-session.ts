import "server-only";
import { z } from "zod";
import { withDeadline } from "@/lib/deadline";
import { env } from "@/lib/env";
import { issuerForTenant } from "./tenant";

const discovery = z.object({ end_session_endpoint: z.url() });

/** The page Entra returns to after its own sign-out; registered on the app as the front-channel logout URL. */
export const SIGNED_OUT_PATH = "/signed-out";

/**
 * Entra's sign-out for this person, so the Microsoft session on the device ends too (on a
 * borrowed phone it would otherwise stay signed in): the tenant's `end_session_endpoint` from
 * discovery, with `logout_hint` (Entra's `login_hint` claim: no account picker) and the registered
 * post-logout page. null when the issuer cannot say where that is: the portal's own sign-out
 * has happened anyway.
 */
export async function microsoftSignOutUrl(
  who: { tenantId: string; loginHint?: string },
  portalOrigin: string,
): Promise<URL | null> {
  const e = env();
  const issuer = issuerForTenant(e.AUTH_MICROSOFT_ENTRA_ID_ISSUER, who.tenantId);
  try {
    const endpoint = await withDeadline(3_000, async (signal) => {
      const res = await fetch(`${issuer}/.well-known/openid-configuration`, { cache: "no-store", signal });
      return discovery.parse(await res.json()).end_session_endpoint;
    });
    const url = new URL(endpoint);
    url.searchParams.set("post_logout_redirect_uri", new URL(SIGNED_OUT_PATH, e.AUTH_URL ?? portalOrigin).href);
    url.searchParams.set("client_id", e.AUTH_MICROSOFT_ENTRA_ID_ID);
    if (who.loginHint) url.searchParams.set("logout_hint", who.loginHint);
    return url;
  } catch (error) {
    console.warn(
      JSON.stringify({
        event: "signout_endpoint_unavailable",
        reason: error instanceof Error ? error.name : "unknown",
      }),
    );
    return null;
  }
}
