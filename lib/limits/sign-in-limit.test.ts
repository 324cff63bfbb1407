import { beforeAll, describe, expect, it, vi } from "vitest";

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
  vi.stubEnv("SIGNIN_LIMIT_PER_MINUTE", "2");
  vi.stubEnv("TRUSTED_PROXY_HOPS", "0");
  vi.stubEnv("REDIS_URL", "");
});

const start = (path: string, forwardedFor: string, peer = "192.0.2.1") =>
  new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: {
      "x-keydesk-peer": peer,
      "x-forwarded-for": forwardedFor,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: "csrfToken=x&callbackUrl=%2F%2Fevil.example",
  });

describe("Auth.js's sign-in start", () => {
  it("counts against the sign-in limit of the connection's address, whatever X-Forwarded-For says", async () => {
    const { consumeSignIn, limitAuthJsSignIn } = await import("./sign-in-limit");
    expect(await limitAuthJsSignIn(start("/api/auth/signin/microsoft-entra-id", "198.51.100.1"))).toBeNull();
    // The /signin page's button counts against the same limit.
    expect((await consumeSignIn("192.0.2.1")).ok).toBe(true);
    const refused = await limitAuthJsSignIn(start("/api/auth/signin/microsoft-entra-id", "198.51.100.2"));
    expect(refused?.status).toBe(303);
    expect(refused?.headers.get("location")).toBe("/signin?error=RateLimited&callbackUrl=%2F");
    // Another client has its own count; other Auth.js endpoints are not sign-in starts.
    expect(await limitAuthJsSignIn(start("/api/auth/signin/microsoft-entra-id", "", "192.0.2.2"))).toBeNull();
    expect(await limitAuthJsSignIn(start("/api/auth/callback/microsoft-entra-id", ""))).toBeNull();
    expect(await limitAuthJsSignIn(start("/api/auth/signout", ""))).toBeNull();
  });
});
