import { describe, expect, it } from "vitest";
import {
  acrsClaim,
  authContextClaimsRequest,
  authTimeClaim,
  stepUpAuthorizationParams,
  stepUpNeeded,
  stepUpPath,
  type StepUpPolicy,
} from "./step-up";

const NOW = 1_800_000_000;
const CONTEXT: StepUpPolicy = { authContext: "c1", maxAuthAgeMinutes: null };
const AGE: StepUpPolicy = { authContext: null, maxAuthAgeMinutes: 15 };
const BOTH: StepUpPolicy = { authContext: "c1", maxAuthAgeMinutes: 15 };

describe("whether a reveal needs a step-up", () => {
  it("asks nothing when IT configured nothing", () => {
    expect(stepUpNeeded({ acrs: [], authTime: null }, { authContext: null, maxAuthAgeMinutes: null }, NOW)).toBeNull();
  });

  it("asks for the authentication context until the sign-in's acrs carries it", () => {
    expect(stepUpNeeded({ acrs: [], authTime: NOW }, CONTEXT, NOW)).toEqual({
      reason: "auth-context",
      authContext: true,
      freshSignIn: false,
    });
    expect(stepUpNeeded({ acrs: ["c2"], authTime: NOW }, CONTEXT, NOW)?.reason).toBe("auth-context");
    expect(stepUpNeeded({ acrs: ["c2", "c1"], authTime: NOW }, CONTEXT, NOW)).toBeNull();
  });

  it("asks for a fresh sign-in once auth_time is older than the limit, and when it is unknown", () => {
    expect(stepUpNeeded({ acrs: [], authTime: NOW - 15 * 60 }, AGE, NOW)).toBeNull();
    expect(stepUpNeeded({ acrs: [], authTime: NOW - 15 * 60 - 1 }, AGE, NOW)).toEqual({
      reason: "auth-age",
      authContext: false,
      freshSignIn: true,
    });
    expect(stepUpNeeded({ acrs: [], authTime: null }, AGE, NOW)?.reason).toBe("auth-age");
  });

  it("says 'sign in again' when both fall short, and asks again once the context is there but the sign-in aged", () => {
    expect(stepUpNeeded({ acrs: [], authTime: NOW - 3600 }, BOTH, NOW)).toEqual({
      reason: "auth-age",
      authContext: true,
      freshSignIn: true,
    });
    expect(stepUpNeeded({ acrs: ["c1"], authTime: NOW - 3600 }, BOTH, NOW)?.reason).toBe("auth-age");
    expect(stepUpNeeded({ acrs: ["c1"], authTime: NOW - 60 }, BOTH, NOW)).toBeNull();
  });
});

describe("what the re-authentication asks Entra for", () => {
  it("requests the context in the id token with the claims parameter, as Microsoft documents it", () => {
    expect(JSON.parse(authContextClaimsRequest("c7"))).toEqual({
      id_token: { acrs: { essential: true, value: "c7" } },
    });
  });

  it("adds prompt=login only for a sign-in that is too old, and proposes the same account", () => {
    const context = stepUpAuthorizationParams(
      stepUpNeeded({ acrs: [], authTime: NOW }, BOTH, NOW)!,
      BOTH,
      "a@b.example",
    );
    expect(context).toEqual({ claims: authContextClaimsRequest("c1"), login_hint: "a@b.example" });
    const old = stepUpAuthorizationParams(stepUpNeeded({ acrs: ["c1"], authTime: 1 }, BOTH, NOW)!, BOTH, null);
    expect(old).toEqual({ claims: authContextClaimsRequest("c1"), prompt: "login" });
    const ageOnly = stepUpAuthorizationParams(stepUpNeeded({ acrs: [], authTime: 1 }, AGE, NOW)!, AGE, null);
    expect(ageOnly).toEqual({ prompt: "login" });
  });

  it("returns to the key page through the step-up route", () => {
    expect(stepUpPath("/keys/abc?typed=12 34")).toBe("/api/step-up?returnTo=%2Fkeys%2Fabc%3Ftyped%3D12%2034");
  });
});

describe("reading the id token's claims", () => {
  it("takes acrs as Entra's list of context ids, or one space-separated string, and nothing else", () => {
    expect(acrsClaim(["c1", "c25"])).toEqual(["c1", "c25"]);
    expect(acrsClaim("c1 c2")).toEqual(["c1", "c2"]);
    expect(acrsClaim([1, "urn:x", "c100", "c3"])).toEqual(["c3"]);
    expect(acrsClaim(undefined)).toEqual([]);
  });

  it("takes auth_time only as a positive number of seconds", () => {
    expect(authTimeClaim(1_700_000_000)).toBe(1_700_000_000);
    expect(authTimeClaim("1700000000")).toBeNull();
    expect(authTimeClaim(0)).toBeNull();
    expect(authTimeClaim(undefined)).toBeNull();
  });
});
