import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentUser, type SignedInUser } from "@/lib/auth/auth";
import { env } from "@/lib/env";
import { appGateway } from "@/lib/graph/app-identity";
import { GraphGateway } from "@/lib/graph/client";

/**
 * How this portal reads devices and keys (KEY_ACCESS): with the person's own token, so Graph's
 * owner check decides, or as KeyDesk's application, so KeyDesk's rule (lib/access) decides.
 * There is no fallback from one to the other.
 */
export type KeyAccess = { mode: "delegated" | "brokered"; graph: GraphGateway };

/**
 * `graph` always calls as the signed-in person (in brokered mode only `User.Read` was granted);
 * devices and keys are read only through `access.graph`.
 */
export type Portal = { user: SignedInUser; graph: GraphGateway; access: KeyAccess };

/** The signed-in user and the Graph gateways for them, once per request. */
export const getPortal = cache(async (): Promise<Portal | null> => {
  const user = await currentUser();
  if (!user) return null;
  const graph = new GraphGateway(user.accessToken);
  const access: KeyAccess =
    env().KEY_ACCESS === "brokered" ? { mode: "brokered", graph: appGateway() } : { mode: "delegated", graph };
  return { user, graph, access };
});

/**
 * Every signed-in page checks the session itself (the proxy only redirects early). `returnTo`
 * is this page's own path, so an expired session comes back to the same place.
 */
export async function requirePortal(returnTo: string): Promise<Portal> {
  const portal = await getPortal();
  if (!portal) redirect(`/signin?reason=expired&callbackUrl=${encodeURIComponent(returnTo)}`);
  return portal;
}

/**
 * Where to go when Graph refused the access token before its expiry (revoked, or the person's
 * password changed): the renewal route asks Auth.js for a new token, stores it in the cookie and
 * comes back to `returnTo`, or sends the person to sign in again (app/api/session/renew).
 */
export function renewalPath(returnTo: string): string {
  return `/api/session/renew?returnTo=${encodeURIComponent(returnTo)}`;
}
