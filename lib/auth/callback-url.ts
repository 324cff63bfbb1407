/** Where the portal itself lives, for resolving a path; the host is reserved and never contacted. */
const BASE = "http://portal.invalid";
const MAX_LENGTH = 512;
/** C0 controls, DEL, C1 controls and the backslash, which browsers read as a slash in URLs. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * A path that a browser can only read as a path on this origin: one leading slash, not two, and
 * no slash-backslash (both make a protocol-relative URL), nothing a URL parser would drop or reread.
 */
const isPlainPath = (path: string) => path.startsWith("/") && !path.startsWith("//") && !UNSAFE.test(path);

function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Where to go after sign-in. Only a path on this portal is accepted, so a crafted link cannot
 * send a freshly signed-in user to another site. The value is judged *after* normalisation:
 * `/.//evil.example` resolves to `//evil.example` (protocol-relative) and is refused like it,
 * and so is any path whose percent-decoded form would be one (in case a proxy decodes it).
 * Everything refused becomes `fallback`.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !isPlainPath(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.username || url.password) return fallback;
  const path = url.pathname + url.search;
  const plain = decoded(url.pathname);
  if (!isPlainPath(path) || plain === null || !isPlainPath(plain)) return fallback;
  if (plain.startsWith("/api/")) return fallback;
  return path;
}
