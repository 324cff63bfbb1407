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

/** Two years, subdomains included: sent only where the request came over HTTPS. */
const HSTS = "max-age=63072000; includeSubDomains";

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
    ...(opts.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value: string }[];
  headers: { key: string; value: string }[];
};

/** For a redirect or error without a page: nothing may load, nothing may frame it. */
const NO_CONTENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Headers for the responses the proxy does not see (its matcher in proxy.ts): the build's
 * hashed assets get `nosniff`, /api/signout the set for a response without a page. HSTS is sent
 * where the request arrived over HTTPS — known from the proxy's X-Forwarded-Proto here, as these
 * rules are fixed at build time (browsers ignore HSTS over plain HTTP anyway).
 */
export function staticHeaderRules(): HeaderRule[] {
  const assets = ["/_next/static/:path*", "/_next/image"];
  const signOut = "/api/signout";
  const overHttps = [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }];
  return [
    ...assets.map((source) => ({ source, headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] })),
    {
      source: signOut,
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Referrer-Policy", value: "same-origin" },
        { key: "Content-Security-Policy", value: NO_CONTENT_CSP },
      ],
    },
    ...[...assets, signOut].map((source) => ({
      source,
      has: overHttps,
      headers: [{ key: "Strict-Transport-Security", value: HSTS }],
    })),
  ];
}
