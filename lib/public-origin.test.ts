import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** How a request reaches the standalone server in the container image: bound to 0.0.0.0. */
const inImage = () =>
  new NextRequest("http://0.0.0.0:3000/api/signout", {
    method: "POST",
    headers: { host: "keys.contoso.com", origin: "https://keys.contoso.com" },
  });

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
});
afterEach(() => vi.unstubAllEnvs());

describe("the origin redirects and the sign-out check use", () => {
  it("is AUTH_URL's, not the address the server is bound to", async () => {
    vi.stubEnv("AUTH_URL", "https://keys.contoso.com");
    const { publicOrigin } = await import("./public-origin");
    expect(publicOrigin(inImage())).toBe("https://keys.contoso.com");
  });

  it("falls back to the request's own origin only without AUTH_URL", async () => {
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("AUTH_TRUST_HOST", "true");
    const { publicOrigin } = await import("./public-origin");
    expect(publicOrigin(inImage())).toBe("http://0.0.0.0:3000");
  });
});
