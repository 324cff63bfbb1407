import { describe, expect, it } from "vitest";
import { sessionVerdict } from "./session-policy";

const limits = { maxAgeSeconds: 8 * 3600, idleSeconds: 30 * 60 };

describe("sessionVerdict", () => {
  it("keeps an active session within both limits", () => {
    expect(sessionVerdict({ signedInAt: 0, lastSeen: 3600 }, limits, 3600 + 60)).toBe("active");
  });
  it("ends a session after 30 idle minutes", () => {
    expect(sessionVerdict({ signedInAt: 0, lastSeen: 100 }, limits, 100 + 30 * 60 + 1)).toBe("idle");
  });
  it("ends a busy session after its absolute lifetime", () => {
    expect(sessionVerdict({ signedInAt: 0, lastSeen: 8 * 3600 }, limits, 8 * 3600 + 1)).toBe("expired");
  });
  it("treats a token without a sign-in time as expired", () => {
    expect(sessionVerdict({}, limits, 10 * 3600)).toBe("expired");
  });
});
