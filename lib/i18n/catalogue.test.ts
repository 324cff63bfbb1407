import { describe, expect, it } from "vitest";
import { negotiateLocale, translate } from "./catalogue";
import { formatWait } from "./format";

describe("translate", () => {
  it("fills placeholders and picks plural forms", () => {
    expect(translate("en", "keys.heading", { count: 1 })).toBe("1 recovery key");
    expect(translate("en", "keys.heading", { count: 13 })).toBe("13 recovery keys");
    expect(translate("en", "failure.throttled.body", { when: formatWait("en", 30) })).toContain(
      "Try again in 30 seconds.",
    );
    expect(translate("ja", "reveal.retryIn", { when: formatWait("ja", 2963) })).toBe("49 分後に再試行");
  });
});

describe("negotiateLocale", () => {
  it("falls back to English for unsupported languages", () => {
    expect(negotiateLocale("xx-YY,zz;q=0.5")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
  });
});

describe("negotiateLocale with shipped languages", () => {
  it("picks the first supported language the browser asks for", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(negotiateLocale("pt-BR,fr-CA;q=0.7")).toBe("fr");
    expect(negotiateLocale("ja")).toBe("ja");
  });
});
