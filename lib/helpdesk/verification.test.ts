import { describe, expect, it } from "vitest";
import { DEFAULT_HELPDESK_REASONS } from "./env-schema";
import { ticketMatches, verify } from "./verification";

const rules = {
  ticketPattern: "INC[0-9]{6}",
  reasons: DEFAULT_HELPDESK_REASONS,
  checks: ["Called back", "Read the Key ID"],
};
const complete = { ticket: " INC123456 ", reason: "Forgot PIN", checks: ["Read the Key ID", "Called back"] };

describe("verify and record before the key", () => {
  it("passes only with a ticket that fits, one of IT's reasons and every check, keeping IT's own strings", () => {
    expect(verify(rules, complete)).toEqual({
      ok: true,
      value: { ticket: "INC123456", reason: "Forgot PIN", checks: ["Called back", "Read the Key ID"] },
    });
  });

  it("names what is missing", () => {
    expect(verify(rules, { ...complete, ticket: "  " })).toEqual({ ok: false, error: "ticket-missing" });
    expect(verify(rules, { ...complete, ticket: "INC12345" })).toEqual({ ok: false, error: "ticket-invalid" });
    expect(verify(rules, { ...complete, reason: "Because" })).toEqual({ ok: false, error: "reason-required" });
    expect(verify(rules, { ...complete, checks: ["Called back", "Something else"] })).toEqual({
      ok: false,
      error: "checks-incomplete",
    });
  });

  it("matches the pattern against the whole ticket, not a part of it", () => {
    expect(ticketMatches("INC123456", "INC[0-9]{6}")).toBe(true);
    expect(ticketMatches("xINC123456", "INC[0-9]{6}")).toBe(false);
    expect(ticketMatches("INC1234567", "INC[0-9]{6}")).toBe(false);
    expect(ticketMatches("INC1|x", "INC1|INC2")).toBe(false);
    // Without a pattern any short, printable ticket is taken.
    expect(ticketMatches("call 42", undefined)).toBe(true);
    expect(ticketMatches("a\nb", undefined)).toBe(false);
  });
});
