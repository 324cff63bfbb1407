import "server-only";
import { withDeadline } from "@/lib/deadline";
import { env } from "@/lib/env";
import { processGlobal } from "@/lib/process-global";

/**
 * Origins the browser is sent to for sign-in (from the issuer's discovery document), for the
 * CSP `form-action` directive. Read once per process; the issuer's own origin while discovery fails.
 */
export function identityProviderOrigins(): Promise<string[]> {
  const issuer = env().AUTH_MICROSOFT_ENTRA_ID_ISSUER;
  const fallback = [new URL(issuer).origin];
  const cache = processGlobal<{ origins?: Promise<string[]> }>("idp-origins", () => ({}));
  cache.origins ??= withDeadline(3000, async (signal) => {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, { cache: "no-store", signal });
    return (await res.json()) as { authorization_endpoint?: unknown; end_session_endpoint?: unknown };
  })
    .then((doc) => {
      const origins = [doc.authorization_endpoint, doc.end_session_endpoint]
        .filter((u): u is string => typeof u === "string")
        .map((u) => new URL(u).origin);
      return [...new Set([...fallback, ...origins])];
    })
    .catch(() => {
      cache.origins = undefined;
      return fallback;
    });
  return cache.origins;
}
