/**
 * Security headers for every response. Scripts run only with this request's nonce (Next.js
 * reads it from the CSP request header and stamps its own scripts); 'strict-dynamic' lets
 * those scripts load the app's chunks. Styles allow inline attributes, which carry no script.
 */
export function contentSecurityPolicy(opts: {
  nonce: string;
  formActionOrigins: string[];
  imageOrigins: string[];
  development: boolean;
  upgradeInsecure: boolean;
}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${opts.nonce}'`,
      "'strict-dynamic'",
      ...(opts.development ? ["'unsafe-eval'"] : []),
    ],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", ...opts.imageOrigins],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    // Signing in without JavaScript posts a form that redirects to Microsoft's authorize page.
    ["form-action", "'self'", ...opts.formActionOrigins],
  ];
  if (opts.upgradeInsecure) directives.push(["upgrade-insecure-requests"]);
  return directives.map((parts) => parts.join(" ")).join("; ");
}

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
  "clipboard-write=(self)",
].join(", ");

export function securityHeaders(opts: { csp: string; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": opts.csp,
    // Not "no-referrer": with it browsers send `Origin: null` on form POSTs, and the sign-in and
    // sign-out forms must work before JavaScript has loaded. Nothing leaves the origin either way.
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(opts.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
