import "server-only";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { portalOrigin } from "@/lib/it/portal-url";

/**
 * The origin people browse to, for redirects and same-origin checks: AUTH_URL's. A request's own
 * URL names the address the server is bound to — `http://0.0.0.0:3000` in the container image,
 * the inner address behind a proxy — so a redirect built from it leaves the portal and an
 * `Origin` compared with it never matches. Only without AUTH_URL (AUTH_TRUST_HOST deployments)
 * is the request's origin all there is.
 */
export function publicOrigin(request: NextRequest): string {
  return portalOrigin(env().AUTH_URL) ?? request.nextUrl.origin;
}
