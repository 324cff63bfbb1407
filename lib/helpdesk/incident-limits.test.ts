import { beforeAll, describe, expect, it, vi } from "vitest";
import { INCIDENT_FACTOR } from "@/lib/limits/rate-limit";

const LIMIT = 2;

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
  vi.stubEnv("REVEAL_LIMIT_PER_HOUR", String(LIMIT));
  vi.stubEnv("INCIDENT_LIMITS", "true");
});

describe("INCIDENT_LIMITS", () => {
  it("raises each person's reveal limit five-fold, and the console can tell how many were used", async () => {
    const { consume, used } = await import("@/lib/limits/rate-limit");
    for (let i = 0; i < LIMIT * INCIDENT_FACTOR; i++) expect((await consume("reveal", "t:agent")).ok).toBe(true);
    expect(await used("reveal", "t:agent")).toBe(LIMIT * INCIDENT_FACTOR);
    expect((await consume("reveal", "t:agent")).ok).toBe(false);
    expect(await used("reveal", "t:someone-else")).toBe(0);
  });
});
