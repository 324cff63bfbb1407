import { NextResponse, type NextRequest } from "next/server";
import { currentUser, signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { stepUpAuthorizationParams } from "@/lib/auth/step-up";
import { revealStepUp, stepUpPolicy } from "@/lib/auth/step-up-session";
import { consumeSignIn, rateLimitedSignInPath } from "@/lib/limits/sign-in-limit";
import { clientInfo } from "@/lib/portal/client-info";
import { publicOrigin } from "@/lib/public-origin";

/**
 * "Verify it's you": a plain link (it works without JavaScript) that re-authenticates the person
 * through Auth.js with what the reveal policy asks for — the authentication context in the
 * `claims` parameter, `prompt=login` for a sign-in that is too old — and comes back to the key
 * page. What it asks for is decided here from the session, not from the link.
 */
export async function GET(request: NextRequest) {
  const returnTo = safeCallbackPath(request.nextUrl.searchParams.get("returnTo"));
  const user = await currentUser();
  if (!user) return redirect(request, `/signin?reason=expired&callbackUrl=${encodeURIComponent(returnTo)}`);
  const need = await revealStepUp();
  if (!need) return redirect(request, returnTo);
  // A new sign-in starts here: it counts against the same per-address limit as /signin.
  if (!(await consumeSignIn((await clientInfo()).ip)).ok) return redirect(request, rateLimitedSignInPath(returnTo));
  const params = stepUpAuthorizationParams(need, stepUpPolicy(), user.upn || null);
  // Answers with the redirect to Entra and the PKCE/state cookies Auth.js set for it.
  return signIn("microsoft-entra-id", { redirectTo: returnTo }, params);
}

function redirect(request: NextRequest, path: string) {
  const response = NextResponse.redirect(new URL(path, publicOrigin(request)), 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
