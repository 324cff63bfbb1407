import { describe, expect, it } from "vitest";
import {
  formatKeyIdForDisplay,
  isGuid,
  keyIdFirstBlock,
  keyIdMatches,
  matchKeyIds,
  normalizeKeyIdInput,
} from "./key-id";

// As the lockout screen shows it, and as Graph returns it.
const SCREEN = "4290B6C0-B17A-497A-8552-272CC30E80D4";
const GRAPH = "4290b6c0-b17a-497a-8552-272cc30e80d4";
const HEX = "4290b6c0b17a497a8552272cc30e80d4";

describe("reading a Key ID typed from the lockout screen", () => {
  it("accepts the full Key ID exactly as the screen shows it", () => {
    expect(normalizeKeyIdInput(SCREEN)).toEqual({ ok: true, hex: HEX });
  });

  it("ignores case, dashes, spaces and surrounding braces", () => {
    for (const typed of [
      GRAPH,
      HEX,
      HEX.toUpperCase(),
      `{${SCREEN}}`,
      ` ${SCREEN} `,
      "4290 B6C0 B17A 497A 8552 272C C30E 80D4",
    ]) {
      expect(normalizeKeyIdInput(typed), typed).toEqual({ ok: true, hex: HEX });
    }
  });

  it("accepts the first 8 characters, as older tools and help desks ask for", () => {
    expect(normalizeKeyIdInput("4290B6C0")).toEqual({ ok: true, hex: "4290b6c0" });
    expect(normalizeKeyIdInput("{4290B6C0-B17A")).toEqual({ ok: true, hex: "4290b6c0b17a" });
    expect(normalizeKeyIdInput("4290-B6C0")).toEqual({ ok: true, hex: "4290b6c0" });
  });

  it("says the input is empty when there is nothing to search for", () => {
    for (const typed of ["", "   ", "{}", "--", "{ - }"]) {
      expect(normalizeKeyIdInput(typed), JSON.stringify(typed)).toEqual({ ok: false, reason: "empty" });
    }
  });

  it("asks for at least 8 hex digits", () => {
    expect(normalizeKeyIdInput("4290B6C")).toEqual({ ok: false, reason: "too-short" });
    expect(normalizeKeyIdInput("4290-B6")).toEqual({ ok: false, reason: "too-short" });
  });

  it("refuses more than 32 hex digits", () => {
    expect(normalizeKeyIdInput(`${SCREEN}0`)).toEqual({ ok: false, reason: "too-long" });
  });

  it("refuses anything longer than 64 characters before looking at it", () => {
    expect(normalizeKeyIdInput(" ".repeat(65))).toEqual({ ok: false, reason: "too-long" });
    expect(normalizeKeyIdInput(`${"x".repeat(100_000)}`)).toEqual({ ok: false, reason: "too-long" });
    expect(normalizeKeyIdInput(`${" ".repeat(28)}${SCREEN}`)).toEqual({ ok: true, hex: HEX });
  });

  it("refuses characters that are not hex digits instead of cleaning them up", () => {
    const attempts = [
      "4290B6C0-G17A",
      "recovery key",
      "' or 1 eq 1",
      "4290b6c0' or 1 eq 1 or id eq '",
      '"4290B6C0"',
      "4290B6C0\t",
      "4290B6C0\n",
      "4290\u0000B6C0",
      "4290B6C0\u200B",
      "４２９０Ｂ６Ｃ０",
      "4290B6C0–B17A", // en dash from a word processor
      "4290B6C0\u00A0B17A",
      "0x4290B6C0",
      "{{4290B6C0}}",
      "4290B6C0}",
      "%34290B6C0",
      "4290B6C0/../me",
    ];
    for (const typed of attempts) {
      expect(normalizeKeyIdInput(typed), JSON.stringify(typed)).toEqual({ ok: false, reason: "invalid-characters" });
    }
  });
});

describe("matching Key IDs", () => {
  const keys = [
    { id: GRAPH, device: "LAPTOP" },
    { id: "4290b6c0-0000-4000-8000-000000000001", device: "DESKTOP" },
    { id: "4290aaaa-b17a-497a-8552-272cc30e80d4", device: "TABLET" },
  ];

  it("matches the full Key ID regardless of case and dashes", () => {
    expect(keyIdMatches(HEX, GRAPH)).toBe(true);
    expect(keyIdMatches(SCREEN, GRAPH)).toBe(true);
    expect(keyIdMatches(HEX, SCREEN)).toBe(true);
  });

  it("matches by prefix", () => {
    expect(keyIdMatches("4290b6c0b17a", GRAPH)).toBe(true);
    expect(keyIdMatches("4290b6c0b17b", GRAPH)).toBe(false);
  });

  it("never matches on fewer than 8 hex digits, so a short search cannot list every key", () => {
    expect(keyIdMatches("", GRAPH)).toBe(false);
    expect(keyIdMatches("4290", GRAPH)).toBe(false);
    expect(keyIdMatches("4290b6c", GRAPH)).toBe(false);
    expect(matchKeyIds("", keys)).toEqual([]);
  });

  it("never matches input that is not hex", () => {
    expect(keyIdMatches("4290b6c0.*", GRAPH)).toBe(false);
    expect(keyIdMatches(`${HEX}00`, GRAPH)).toBe(false);
  });

  it("returns every key sharing an 8-digit prefix, so the user can tell them apart", () => {
    expect(matchKeyIds("4290b6c0", keys).map((key) => key.device)).toEqual(["LAPTOP", "DESKTOP"]);
    expect(matchKeyIds("4290b6c0b1", keys).map((key) => key.device)).toEqual(["LAPTOP"]);
    expect(matchKeyIds("ffffffff", keys)).toEqual([]);
  });
});

describe("showing a Key ID", () => {
  it("prints it as the recovery screen does", () => {
    expect(formatKeyIdForDisplay(GRAPH)).toBe(SCREEN);
    expect(formatKeyIdForDisplay(HEX)).toBe(SCREEN);
  });

  it("leaves something that is not a Key ID readable rather than inventing dashes", () => {
    expect(formatKeyIdForDisplay("abc")).toBe("ABC");
  });

  it("gives the first 8 characters that older tools ask for", () => {
    expect(keyIdFirstBlock(GRAPH)).toBe("4290B6C0");
  });
});

describe("isGuid", () => {
  it("accepts a GUID in the 8-4-4-4-12 form in either case", () => {
    expect(isGuid(GRAPH)).toBe(true);
    expect(isGuid(SCREEN)).toBe(true);
  });

  it("rejects anything else before it can reach a Graph URL", () => {
    const rejected = [
      HEX,
      `{${GRAPH}}`,
      ` ${GRAPH}`,
      `${GRAPH}\n`,
      `${GRAPH}/../..`,
      GRAPH.replace("b", "g"),
      GRAPH.slice(0, -1),
      "",
      "4290b6c0",
    ];
    for (const value of rejected) expect(isGuid(value), JSON.stringify(value)).toBe(false);
  });
});
