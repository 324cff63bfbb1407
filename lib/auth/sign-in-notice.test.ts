import { describe, expect, it } from "vitest";
import { PROTOTYPE_KEYS } from "@/test/prototype-keys";
import { signInNotice } from "./sign-in-notice";

describe("signInNotice", () => {
  it("names the known errors and notices", () => {
    expect(signInNotice({ error: "RateLimited" })?.key).toBe("signin.error.rateLimited");
    expect(signInNotice({ error: "Configuration" })?.key).toBe("signin.error.Configuration");
    expect(signInNotice({ signedOut: "1" })?.key).toBe("signin.notice.signedOut");
    expect(signInNotice({ reason: "expired" })?.key).toBe("signin.notice.expired");
    expect(signInNotice({})).toBeUndefined();
  });

  it.each([...PROTOTYPE_KEYS, "default", "OAuthCallbackError", "x".repeat(5000)])(
    "answers error=%s with the generic message",
    (error) => expect(signInNotice({ error })).toEqual({ key: "signin.error.generic", tone: "error" }),
  );
});
