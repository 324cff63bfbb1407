import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

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
