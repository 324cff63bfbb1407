import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";

const PUBLIC_PREFIXES = ["/signin", "/personal-account", "/help", "/it", "/api/", "/_next/", "/favicon", "/icon"];

/**
 * Sends signed-out visitors to sign-in and back afterwards. It is not the authorization layer:
 * every page and action checks the session itself. Running auth() here also renews the access
 * token and stores the new session cookie, which a server component cannot do.
 */
const guarded = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  if (req.auth && !req.auth.error) return NextResponse.next();
  const target = new URL("/signin", req.nextUrl.origin);
  target.searchParams.set("callbackUrl", pathname + search);
  if (req.auth?.error) target.searchParams.set("reason", "expired");
  return NextResponse.redirect(target);
});

// The configuration is read lazily (at request time, not build time), so auth() hands back
// the wrapped handler asynchronously.
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const handler = (await Promise.resolve(guarded)) as unknown as (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;
  return handler(request, event);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|webmanifest)$).*)"],
};
