import { error, ok, value, warn, type CheckResult, type Source } from "./types";

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/** AUTH_URL is where Entra sends people back: it must be exactly the public https origin. */
export function checkAuthUrl(source: Source): CheckResult {
  const id = "auth-url";
  const raw = value(source, "AUTH_URL");
  const trustHost = ["true", "1"].includes(value(source, "AUTH_TRUST_HOST") ?? "");
  if (!raw) {
    return trustHost
      ? warn(
          id,
          "AUTH_URL is not set; the URL comes from the proxy's X-Forwarded-Host header.",
          "Prefer AUTH_URL=https://<public host>: the redirect URI then never depends on a header.",
        )
      : error(
          id,
          "AUTH_URL is not set and AUTH_TRUST_HOST is off: sign-in stops with an UntrustedHost error in production.",
          "Set AUTH_URL to the public URL, e.g. AUTH_URL=https://keys.contoso.com.",
        );
  }
  if (!URL.canParse(raw))
    return error(id, `AUTH_URL (${raw}) is not a URL.`, "Use the public URL, e.g. https://keys.contoso.com.");
  const url = new URL(raw);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return error(id, `AUTH_URL uses ${url.protocol}; it must be https.`, `Use https://${url.host}.`);
  if (url.pathname !== "/" || url.search || url.hash) {
    return error(
      id,
      `AUTH_URL has a path or query (${url.pathname}${url.search}); KeyDesk is served from the root of its host.`,
      `Use ${url.origin}.`,
    );
  }
  if (raw.endsWith("/")) return error(id, "AUTH_URL ends with a slash.", `Use ${url.origin} (no trailing slash).`);
  if (url.protocol === "http:") {
    return LOOPBACK.test(url.hostname)
      ? warn(
          id,
          `AUTH_URL is ${raw}: fine on this machine, but phones cannot reach it.`,
          "Use the public https URL in production.",
        )
      : error(
          id,
          `AUTH_URL is plain http (${raw}): sign-in cookies and keys would cross the network unencrypted.`,
          `Serve KeyDesk over TLS and set AUTH_URL=https://${url.host}.`,
        );
  }
  return ok(
    id,
    `AUTH_URL is ${raw}; Entra must list ${raw}/api/auth/callback/microsoft-entra-id as a Web redirect URI.`,
  );
}
