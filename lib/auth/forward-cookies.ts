/** Auth.js's session cookie, in any of its chunks: `authjs.session-token[.N]`, `__Secure-` over https. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * The `cookie` request header the page should see after Auth.js, in the proxy, answered with
 * `setCookies`: the session cookie (every chunk) replaced by the one just written, or removed
 * when Auth.js deleted it. Without this the page would read the old session and renew the
 * access token a second time with a refresh token that Entra has already replaced.
 * null when Auth.js wrote no session cookie.
 */
export function forwardedCookieHeader(cookieHeader: string, setCookies: string[]): string | null {
  const written = setCookies
    .map((line) => line.split(";", 1)[0] ?? "")
    .map((pair) => [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()] as const)
    .filter(([name]) => SESSION_COOKIE.test(name));
  if (written.length === 0) return null;
  const kept = cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair && !SESSION_COOKIE.test(pair.slice(0, pair.indexOf("=")).trim()));
  const fresh = written.filter(([, value]) => value !== "").map(([name, value]) => `${name}=${value}`);
  return [...kept, ...fresh].join("; ");
}
