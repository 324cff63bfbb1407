/**
 * Next.js refuses a server action whose `Origin` names another host than the request's
 * (`X-Forwarded-Host`, else `Host`: action-handler.js), but it answers that refusal — and an
 * `Origin` that is not a URL at all — with a 500, and logs the header's value. A page of this
 * portal always posts from its own origin, so such requests are refused here first, with a 403
 * and nothing logged. The comparison is Next.js's own, so nothing it would run is refused.
 */

/**
 * What Next.js takes for a server action: `Next-Action`, or a form post (server-action-request-meta.js).
 * Route handlers (`/api/…`) run no actions: Auth.js's own endpoints check their CSRF token themselves.
 */
export function isPossibleAction(request: Request): boolean {
  if (request.method !== "POST" || new URL(request.url).pathname.startsWith("/api/")) return false;
  if (request.headers.get("next-action") !== null) return true;
  const type = request.headers.get("content-type") ?? "";
  return type === "application/x-www-form-urlencoded" || type.startsWith("multipart/form-data");
}

/** The host Next.js compares the origin with: the first `X-Forwarded-Host`, else `Host`. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originHost(origin: string): string | null {
  if (origin === "null") return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** True for a server action sent from another origin (or an unreadable one); no `Origin` is Next.js's call. */
export function isCrossOriginAction(request: Request): boolean {
  if (!isPossibleAction(request)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = originHost(origin);
  return host === null || host !== requestHost(request.headers);
}
