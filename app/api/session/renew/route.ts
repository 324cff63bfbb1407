import { NextResponse, type NextRequest } from "next/server";
import { unstable_update } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { publicOrigin } from "@/lib/public-origin";

/**
 * Graph refused an access token before its expiry (a page sent the person here). Auth.js renews
 * it in the jwt callback and writes the new session cookie with this response; then back to the
 * page. A failed renewal, or a token refused again right after its renewal, leaves the session
 * marked for a new sign-in — back to the same page afterwards.
 */
export async function GET(request: NextRequest) {
  const returnTo = safeCallbackPath(request.nextUrl.searchParams.get("returnTo"));
  const session = await unstable_update({ renew: true });
  const target = new URL(session && !session.error ? returnTo : "/signin", publicOrigin(request));
  if (target.pathname === "/signin") {
    target.searchParams.set("reason", "expired");
    target.searchParams.set("callbackUrl", returnTo);
  }
  const response = NextResponse.redirect(target, 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
