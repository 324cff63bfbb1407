/**
 * Where to go after sign-in. Only a path on this portal is accepted, so a crafted link cannot
 * send a freshly signed-in user to another site.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://portal.invalid");
    if (url.origin !== "http://portal.invalid") return fallback;
    if (url.pathname.startsWith("/api/")) return fallback;
    return url.pathname + url.search;
  } catch {
    return fallback;
  }
}
