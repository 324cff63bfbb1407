import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, staticHeaderRules } from "./headers";

describe("security headers", () => {
  const csp = contentSecurityPolicy({
    nonce: "abc",
    formActionOrigins: ["https://login.microsoftonline.com"],
    imageOrigins: [],
    development: false,
    upgradeInsecure: true,
  });

  it("allows scripts only with the request's nonce", () => {
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  });
  it("forbids framing, plugins and base-URI tricks, and lets forms reach the identity provider only", () => {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self' https://login.microsoftonline.com");
    expect(csp).toContain("upgrade-insecure-requests");
  });
  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ csp, https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(securityHeaders({ csp, https: false })).not.toHaveProperty("Strict-Transport-Security");
  });
  it("makes a fresh nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

/** The proxy's matcher compiled by Next.js's own compiler (not in its public types). */
const { getMiddlewareMatchers } = (await import("next/dist/build/analysis/get-page-static-info")) as unknown as {
  getMiddlewareMatchers: (matchers: string[], config: object) => { regexp: string }[];
};

describe("responses the proxy does not see", () => {
  const proxySource = readFileSync(resolve("proxy.ts"), "utf8");
  const source = /matcher: \["([^"]+)"\]/.exec(proxySource)?.[1]?.replaceAll("\\\\", "\\") ?? "";
  const [compiled] = getMiddlewareMatchers([source], {});
  const proxied = (path: string) => new RegExp(compiled?.regexp ?? "(?!)").test(path);

  it.each([
    "/",
    "/devices",
    "/keys/4290b6c0-b17a-497a-8552-272cc30e80d4",
    "/anything.png",
    "/x.svg",
    "/favicon.ico",
    "/site.webmanifest",
    "/icon.svg",
    "/help/unlock-recovery-screen",
    "/signin",
    "/api/auth/signin/microsoft-entra-id",
    "/api/signout/x",
    "/_next/staticx",
  ])("sends %s through the proxy, which sets every header", (path) => expect(proxied(path)).toBe(true));

  it.each(["/_next/static/chunks/app.js", "/_next/image", "/api/signout"])("leaves %s to next.config.ts", (path) =>
    expect(proxied(path)).toBe(false),
  );

  const rules = staticHeaderRules();
  const headersFor = (path: string, https: boolean) =>
    Object.fromEntries(
      rules
        .filter((rule) =>
          path.startsWith("/_next/static/") ? rule.source === "/_next/static/:path*" : rule.source === path,
        )
        .filter((rule) => https || !rule.has)
        .flatMap((rule) => rule.headers.map((h) => [h.key, h.value])),
    );

  it("gives the build's assets nosniff, and HSTS over HTTPS", () => {
    expect(headersFor("/_next/static/chunks/app.js", false)).toEqual({ "X-Content-Type-Options": "nosniff" });
    expect(headersFor("/_next/static/chunks/app.js", true)["Strict-Transport-Security"]).toMatch(/max-age=63072000/);
    expect(rules.find((rule) => rule.has)?.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
  });

  it("gives /api/signout the set for a response without a page", () => {
    expect(headersFor("/api/signout", false)).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Content-Security-Policy": expect.stringContaining("frame-ancestors 'none'") as unknown,
    });
  });
});
