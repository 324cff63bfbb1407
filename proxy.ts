import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import type { Session } from "next-auth";
import { auth, unchangedSession } from "@/lib/auth/auth";
import { env, isDevelopment } from "@/lib/env";
import { isMalformedActionRequest } from "@/lib/security/action-request";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { identityProviderOrigins } from "@/lib/security/identity-origins";

const PUBLIC_PREFIXES = ["/signin", "/personal-account", "/help", "/it", "/api/", "/_next/", "/favicon", "/icon"];

/**
 * Sends signed-out visitors to sign-in and back afterwards. It is not the authorization layer:
 * every page and action checks the session itself.
 */
function route(req: NextRequest, session: Session | null): Response {
  const { pathname, search } = req.nextUrl;
  const isPublic = PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  if (isPublic || (session && !session.error)) {
    const response = NextResponse.next({ request: { headers: req.headers } });
    // Signed-in pages and their actions may carry personal data: never store them anywhere.
    if (!isPublic) response.headers.set("Cache-Control", "private, no-store, max-age=0");
    return response;
  }
  const target = new URL("/signin", req.nextUrl.origin);
  target.searchParams.set("callbackUrl", pathname + search);
  if (session?.error) target.searchParams.set("reason", "expired");
  return NextResponse.redirect(target);
}

/**
 * Through Auth.js, which also renews the access token and stores the new session cookie — a
 * server component cannot set cookies, so this is where a changed session gets its cookie.
 */
const guarded = auth((req) => route(req, req.auth));

async function throughAuthJs(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  // The configuration is read lazily (at request time, not build time), so auth() hands back
  // the wrapped handler asynchronously.
  const handler = (await Promise.resolve(guarded)) as unknown as (
    req: NextRequest,
    ev: NextFetchEvent,
  ) => Promise<Response>;
  return handler(request, event);
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const e = env();
  const nonce = newNonce();
  const https = (e.AUTH_URL ?? request.nextUrl.origin).startsWith("https://");
  const logo = e.ORG_LOGO_URL?.startsWith("https://") ? [new URL(e.ORG_LOGO_URL).origin] : [];
  const csp = contentSecurityPolicy({
    nonce,
    formActionOrigins: await identityProviderOrigins(),
    imageOrigins: logo,
    development: isDevelopment,
    upgradeInsecure: https,
  });
  const headers = Object.entries(securityHeaders({ csp, https }));
  // Answered here, with the headers: Next.js would fail such a body with a 500 and log its start.
  if (await isMalformedActionRequest(request)) {
    const refused = new NextResponse(null, { status: 400 });
    for (const [name, value] of headers) refused.headers.set(name, value);
    return refused;
  }
  // Next.js takes the nonce for its own scripts from the CSP request header.
  request.headers.set("Content-Security-Policy", csp);
  request.headers.set("x-nonce", nonce);
  // Most requests carry a session that they leave unchanged: no cookie to write, no need for Auth.js.
  const settled = await unchangedSession(request.headers);
  const response = settled ? route(request, settled) : await throughAuthJs(request, event);
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every page, whatever its name ends in (`/x.png` renders the signed-in 404 page), public files
  // and metadata routes (`/icon.svg`) get the full header set here. Not the build's hashed assets
  // (`/_next/static`, `/_next/image`), nor /api/signout: the proxy renews the session cookie, which
  // must not happen while deleting it. next.config.ts gives those their headers.
  matcher: ["/((?!_next/static/|_next/image|api/signout$).*)"],
};
