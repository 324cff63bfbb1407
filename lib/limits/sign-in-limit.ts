import "server-only";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";
import { trustedClientAddress } from "@/lib/net/client-address";
import { consume, type LimitResult } from "./rate-limit";

/**
 * One limit for every way into sign-in (the /signin page's button and Auth.js's own
 * `POST /api/auth/signin/<provider>`), counted per trusted client address. Clients whose address
 * is unknown share one count: failing closed for them beats an unlimited path.
 */
export function consumeSignIn(clientAddress: string | null): Promise<LimitResult> {
  return consume("signin", clientAddress ?? "unknown");
}

export const rateLimitedSignInPath = (callbackPath: string) =>
  `/signin?error=RateLimited&callbackUrl=${encodeURIComponent(safeCallbackPath(callbackPath))}`;

const SIGN_IN_START = /^\/api\/auth\/signin(\/|$)/;

/**
 * For Auth.js's POST handler: null when the request may go on (not a sign-in start, or within
 * the limit), otherwise the answer the /signin page gives, as a redirect to it.
 */
export async function limitAuthJsSignIn(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (!SIGN_IN_START.test(url.pathname)) return null;
  const limit = await consumeSignIn(trustedClientAddress(request.headers, env().TRUSTED_PROXY_HOPS));
  if (limit.ok) return null;
  // The body stays unread (Auth.js reads it when the request goes on); the person starts again
  // from /signin. A relative Location: the request's own URL names the server's bind address.
  return new Response(null, {
    status: 303,
    headers: { Location: rateLimitedSignInPath("/"), "Retry-After": String(limit.retryAfterSeconds) },
  });
}
