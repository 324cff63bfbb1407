import { NextResponse, type NextRequest } from "next/server";
import { revokeSessionOf } from "@/lib/auth/auth";

/**
 * Sign-out. The session lives in its cookie, so this deletes every Auth.js cookie (all session
 * chunks, PKCE/state leftovers, the callback URL) and the notice flag — and puts the session's
 * id on the signed-out list, because a page request still in flight can set a renewed copy of
 * the cookie after this response has deleted it. This route is kept out of the proxy, which
 * would otherwise renew the session cookie in the same response that deletes it.
 */
export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return new NextResponse(null, { status: 403 });
  await revokeSessionOf(request);
  const response = NextResponse.redirect(new URL("/signin?signedOut=1", request.nextUrl.origin), 303);
  for (const { name } of request.cookies.getAll()) {
    if (/(^|[.-])authjs\.|^keydesk-notice$/.test(name)) response.cookies.set(name, "", { path: "/", maxAge: 0 });
  }
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
}
