import { NextResponse, type NextRequest } from "next/server";
import { auth, revokeSession } from "@/lib/auth/auth";
import { microsoftSignOutUrl, SIGNED_OUT_PATH } from "@/lib/auth/end-session";
import { publicOrigin } from "@/lib/public-origin";

/**
 * Sign-out. The session lives in its cookie, so this deletes every Auth.js cookie (all session
 * chunks, PKCE/state leftovers, the callback URL), the notice flag and the reveal record — and
 * puts the session's id on the signed-out list, because a page request still in flight can set a
 * renewed copy of the cookie after this response has deleted it, and a copied cookie would still
 * work. Then on to Entra's sign-out, which ends the Microsoft session and returns to the
 * signed-out page.
 */
export async function POST(request: NextRequest) {
  const portal = publicOrigin(request);
  const origin = request.headers.get("origin");
  if (origin && origin !== portal) return new NextResponse(null, { status: 403 });
  const session = await auth();
  await revokeSession(session?.server);
  const microsoft =
    session?.user.tenantId &&
    (await microsoftSignOutUrl({ tenantId: session.user.tenantId, loginHint: session.server?.loginHint }, portal));
  const response = NextResponse.redirect(microsoft || new URL(SIGNED_OUT_PATH, portal), 303);
  for (const { name } of request.cookies.getAll()) {
    if (/(^|[.-])authjs\.|^keydesk-(notice|revealed)$/.test(name))
      response.cookies.set(name, "", { path: "/", maxAge: 0 });
  }
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
}
