import { RateLimiterRes } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { isRefusal } from "./rate-limit";

describe("a limiter's refusal", () => {
  it("is recognised from this copy of the library and from another bundle's copy", () => {
    expect(isRefusal(new RateLimiterRes(0, 32_000, 8, false))).toBe(true);
    // What another bundle's RateLimiterRes looks like from here: same fields, other class.
    const foreign = { remainingPoints: 0, msBeforeNext: 32_309, consumedPoints: 8, isFirstInDuration: false };
    expect(isRefusal(foreign)).toBe(true);
  });

  it("is not a failure of the store, which must not pass for 'limited'", () => {
    expect(isRefusal(new Error("Connection is closed."))).toBe(false);
    expect(isRefusal(Object.assign(new Error("x"), { msBeforeNext: 1, remainingPoints: 0 }))).toBe(false);
    expect(isRefusal(null)).toBe(false);
    expect(isRefusal("limited")).toBe(false);
  });
});
