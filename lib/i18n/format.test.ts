import { describe, expect, it } from "vitest";
import { formatDuration, formatWait } from "./format";

describe("waits and durations in words", () => {
  it("says a long wait in minutes, as people say it, in every language", () => {
    expect(formatWait("en", 2963)).toBe("in 49 minutes");
    expect(formatWait("de", 2963)).toBe("in 49 Minuten");
    expect(formatWait("fr", 2963)).toBe("dans 49 minutes");
    expect(formatWait("es", 2963)).toBe("dentro de 49 minutos");
    expect(formatWait("ja", 2963)).toBe("49 分後");
  });

  it("uses seconds under a minute and hours past an hour and a half, never zero", () => {
    expect(formatWait("en", 30)).toBe("in 30 seconds");
    expect(formatWait("en", 0.2)).toBe("in 1 second");
    expect(formatWait("en", 61)).toBe("in 1 minute");
    expect(formatWait("en", 89 * 60)).toBe("in 89 minutes");
    expect(formatWait("en", 7200)).toBe("in 2 hours");
  });

  it("names a length of time without 'in'", () => {
    expect(formatDuration("en", 600)).toBe("10 minutes");
    expect(formatDuration("de", 600)).toBe("10 Minuten");
    expect(formatDuration("ja", 600)).toBe("10 分");
    expect(formatDuration("fr", 60)).toBe("1 minute");
  });
});
