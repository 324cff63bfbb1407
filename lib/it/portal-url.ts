/** Where Entra sends people back after sign-in (the Auth.js Microsoft Entra ID provider's callback). */
export const CALLBACK_PATH = "/api/auth/callback/microsoft-entra-id";

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i;

/**
 * The portal's public origin: AUTH_URL when set (it must be the public URL anyway), otherwise
 * the host this request came to. A malformed Host header gives null rather than odd text.
 */
export function resolvePortalUrl(
  authUrl: string | undefined,
  host: string | null,
  forwardedProto: string | null,
): string | null {
  if (authUrl && URL.canParse(authUrl)) return new URL(authUrl).origin;
  if (!host || !HOST.test(host)) return null;
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  const loopback = /^(localhost|127\.0\.0\.1|\[::1\])(:|$)/i.test(host);
  const scheme = proto === "http" || proto === "https" ? proto : loopback ? "http" : "https";
  return `${scheme}://${host.toLowerCase()}`;
}

export function redirectUri(portalUrl: string): string {
  return `${portalUrl}${CALLBACK_PATH}`;
}
