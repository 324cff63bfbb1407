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

describe("a ticket is recorded in the audit line as given: nothing in it may disguise that line", () => {
  // JSON escapes control characters, but not these: log viewers break lines at U+2028/U+2029,
  // reverse text at bidi controls and hide zero-width characters, so a ticket could pass for
  // another event or another ticket on screen.
  it.each([
    ["a line separator", 'INC1\u2028{"event":"x"}'],
    ["a paragraph separator", "INC1\u2029x"],
    ["a right-to-left override", "INC\u202e654321"],
    ["a right-to-left isolate", "INC\u2067x\u2069"],
    ["a zero-width space", "INC\u200b123"],
    ["a byte-order mark", "\ufeffINC123"],
    ["a soft hyphen", "INC\u00ad123"],
    ["a private-use character", "INC\ue000"],
    ["a lone surrogate", "INC\ud800"],
    ["an escape sequence", "INC\u001b[31m"],
    ["a next-line control", "INC\u0085x"],
  ])("%s is refused even when IT set no pattern", (_, ticket) => {
    expect(ticketMatches(ticket, undefined)).toBe(false);
    expect(ticketMatches(ticket, "[^]+")).toBe(false);
  });

  it("letters, digits and punctuation of any script are still taken", () => {
    for (const ticket of ["INC123456", "Anruf 42/Müller", "チケット-7", "#12 (callback)", "RITM0012345"])
      expect(ticketMatches(ticket, undefined)).toBe(true);
  });
});
