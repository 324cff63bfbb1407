import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Portal } from "./session";

vi.mock("./client-info", () => ({ clientInfo: async () => ({ ip: "192.0.2.10", userAgent: "test" }) }));

const LIMIT = 5;

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
  vi.stubEnv("LOOKUP_LIMIT_PER_HOUR", String(LIMIT));
});
afterEach(() => vi.restoreAllMocks());

const person = (objectId: string) =>
  ({ user: { objectId, tenantId: "t1", upn: `${objectId}@contoso.example`, name: null } }) as unknown as Portal;

describe("the Key ID lookup limit", () => {
  it("refuses the lookup after LOOKUP_LIMIT_PER_HOUR, per person, and audits the refusal", async () => {
    const { consumeLookup } = await import("./lookup-limit");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const adele = person("adele");
    for (let i = 0; i < LIMIT; i++) expect((await consumeLookup(adele)).ok).toBe(true);
    expect(log).not.toHaveBeenCalled();

    const refused = await consumeLookup(adele);
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeGreaterThan(3000);
    expect(JSON.parse(String(log.mock.calls[0]?.[0]))).toMatchObject({
      type: "keydesk.audit",
      event: "recovery_key.lookup",
      outcome: "rate_limited",
      actor: { objectId: "adele", tenantId: "t1" },
      client: { ip: "192.0.2.10" },
    });
    // Another person has their own count.
    expect((await consumeLookup(person("megan"))).ok).toBe(true);
  });
});
