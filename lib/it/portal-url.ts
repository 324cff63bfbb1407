/** Where Entra sends people back after sign-in (the Auth.js Microsoft Entra ID provider's callback). */
export const CALLBACK_PATH = "/api/auth/callback/microsoft-entra-id";

/**
 * The portal's public origin, from AUTH_URL only. The IT pages print it into a redirect URI and
 * a registration script: a Host or X-Forwarded-Host header is whatever the client sent, so
 * without AUTH_URL the answer is null and the page says AUTH_URL is missing.
 */
export function portalOrigin(authUrl: string | undefined): string | null {
  return authUrl && URL.canParse(authUrl) ? new URL(authUrl).origin : null;
}

export function redirectUri(portalUrl: string): string {
  return `${portalUrl}${CALLBACK_PATH}`;
}
