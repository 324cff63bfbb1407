import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import type { Session } from "next-auth";
import { auth } from "@/lib/auth/auth";
import { isPublicPath } from "@/lib/auth/public-paths";
import { forwardedCookieHeader } from "@/lib/auth/forward-cookies";
import { env, isDevelopment } from "@/lib/env";
import { isCrossOriginAction } from "@/lib/security/action-origin";
import { isMalformedActionRequest } from "@/lib/security/action-request";
import { isOversizedAction } from "@/lib/security/action-size";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { identityProviderOrigins } from "@/lib/security/identity-origins";
import { publicOrigin } from "@/lib/public-origin";

type Handler = (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;

/**
 * The session through Auth.js, which ends, renews or keeps it (the jwt callback in
 * lib/auth/auth.ts) and answers with the session cookie to store when it changed.
 */
async function sessionOf(request: NextRequest, event: NextFetchEvent) {
  let session: Session | null = null;
  // The configuration is read lazily (at request time, not build time), so auth() hands back
  // the wrapped handler asynchronously.
  const handler = (await Promise.resolve(
    auth((req) => {
      session = req.auth;
    }),
  )) as unknown as Handler;
  const response = await handler(request, event);
  return { session: session as Session | null, setCookies: response.headers.getSetCookie() };
}

/**
 * Sends signed-out visitors to sign-in and back afterwards. It is not the authorization layer:
 * every page and action checks the session itself, through Auth.js, and finds the cookie that
 * Auth.js just wrote here (so it neither renews the token again nor sees a session that ended).
 */
async function route(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  // API routes read the session themselves: Auth.js's own, sign-out and renewal write its cookie.
  if (pathname.startsWith("/api/")) return NextResponse.next({ request: { headers: request.headers } });
  const isPublic = isPublicPath(pathname);
  const { session, setCookies } = await sessionOf(request, event);
  let response: Response;
  if (isPublic || (session && !session.error)) {
    const cookie = forwardedCookieHeader(request.headers.get("cookie") ?? "", setCookies);
    if (cookie !== null) request.headers.set("cookie", cookie);
    response = NextResponse.next({ request: { headers: request.headers } });
    // Signed-in pages and their actions may carry personal data: never store them anywhere.
    if (!isPublic) response.headers.set("Cache-Control", "private, no-store, max-age=0");
  } else {
    const target = new URL("/signin", publicOrigin(request));
    target.searchParams.set("callbackUrl", pathname + search);
    if (session?.error) target.searchParams.set("reason", "expired");
    response = NextResponse.redirect(target);
  }
  for (const line of setCookies) response.headers.append("set-cookie", line);
  return response;
}

/** The status for a server-action request Next.js would fail with a 500 (and a log line), or null. */
async function actionRefusal(request: Request): Promise<number | null> {
  if (isCrossOriginAction(request)) return 403;
  if (await isOversizedAction(request)) return 413;
  return (await isMalformedActionRequest(request)) ? 400 : null;
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
  // Answered here, with the headers: Next.js would fail these with a 500 and log the Origin or the body's start.
  const refusal = await actionRefusal(request);
  if (refusal !== null) {
    const refused = new NextResponse(null, { status: refusal });
    for (const [name, value] of headers) refused.headers.set(name, value);
    return refused;
  }
  // Next.js takes the nonce for its own scripts from the CSP request header.
  request.headers.set("Content-Security-Policy", csp);
  request.headers.set("x-nonce", nonce);
  const response = await route(request, event);
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every page, whatever its name ends in (`/x.png` renders the signed-in 404 page), public files,
  // metadata routes (`/icon.svg`) and API routes (which pass through without Auth.js, see route())
  // get the full header set here. Not the build's hashed assets (`/_next/static`, `/_next/image`)
  // nor /api/signout, which answers no page: next.config.ts gives those their headers.
  matcher: ["/((?!_next/static/|_next/image|api/signout$).*)"],
};
