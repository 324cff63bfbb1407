import { beforeAll, describe, expect, it, vi } from "vitest";

/** What a client behind (or pretending to be behind) a proxy can send. */
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }),
}));

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("AUTH_TRUST_HOST", "1");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
  vi.stubEnv("AUTH_URL", "");
});

describe("the IT pages' portal URL without AUTH_URL", () => {
  it("is the example, marked unknown, never the forwarded or Host header", async () => {
    const { requestPortalUrl } = await import("./request-portal-url");
    expect(await requestPortalUrl()).toEqual({ url: "https://keys.example.com", known: false });
  });
});
