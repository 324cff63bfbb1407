import { NextResponse, type NextRequest } from "next/server";
import { auth, RENEWAL_GUARD_SECONDS, unstable_update } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";

/**
 * Graph refused an access token before its expiry (a page sent the person here). Auth.js renews
 * it in the jwt callback and writes the new session cookie with this response; then back to the
 * page. A failed renewal, or a token refused again right after its renewal, means signing in
 * again — back to the same page afterwards.
 */
export async function GET(request: NextRequest) {
  const returnTo = safeCallbackPath(request.nextUrl.searchParams.get("returnTo"));
  const signInAgain = new URL("/signin", request.nextUrl.origin);
  signInAgain.searchParams.set("reason", "expired");
  signInAgain.searchParams.set("callbackUrl", returnTo);

  const before = await auth();
  const now = Date.now() / 1000;
  const justRenewed = now - (before?.server?.renewedAt ?? 0) < RENEWAL_GUARD_SECONDS;
  const after = before && !before.error && !justRenewed ? await unstable_update({ renew: true }) : null;
  const target = after && !after.error ? new URL(returnTo, request.nextUrl.origin) : signInAgain;
  const response = NextResponse.redirect(target, 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
