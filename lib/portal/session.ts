import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentUser, type SignedInUser } from "@/lib/auth/auth";
import { GraphGateway } from "@/lib/graph/client";

export type Portal = { user: SignedInUser; graph: GraphGateway };

/** The signed-in user and a Graph gateway for them, once per request. */
export const getPortal = cache(async (): Promise<Portal | null> => {
  const user = await currentUser();
  return user ? { user, graph: new GraphGateway(user.accessToken) } : null;
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
