import { describe, expect, it } from "vitest";
import {
  formatKeyIdForDisplay,
  isGuid,
  keyIdFirstBlock,
  keyIdMatches,
  differencesFromTyped,
  differingPositions,
  matchKeyIds,
  nearKeyIds,
  normalizeKeyIdInput,
} from "./key-id";

// As the lockout screen shows it, and as Graph returns it.
const SCREEN = "4290B6C0-B17A-497A-8552-272CC30E80D4";
const GRAPH = "4290b6c0-b17a-497a-8552-272cc30e80d4";
const HEX = "4290b6c0b17a497a8552272cc30e80d4";
const ok = (hex: string, corrections: { from: string; to: string }[] = []) => ({ ok: true, hex, corrections });

describe("reading a Key ID typed from the lockout screen", () => {
  it("accepts the full Key ID exactly as the screen shows it", () => {
    expect(normalizeKeyIdInput(SCREEN)).toEqual(ok(HEX));
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
      expect(normalizeKeyIdInput(typed), typed).toEqual(ok(HEX));
    }
  });

  it("accepts the first 8 characters, as older tools and help desks ask for", () => {
    expect(normalizeKeyIdInput("4290B6C0")).toEqual(ok("4290b6c0"));
    expect(normalizeKeyIdInput("{4290B6C0-B17A")).toEqual(ok("4290b6c0b17a"));
    expect(normalizeKeyIdInput("4290-B6C0")).toEqual(ok("4290b6c0"));
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

  it("refuses anything longer than 100 characters before looking at it", () => {
    expect(normalizeKeyIdInput(" ".repeat(101))).toEqual({ ok: false, reason: "too-long" });
    expect(normalizeKeyIdInput(`${"x".repeat(100_000)}`)).toEqual({ ok: false, reason: "too-long" });
    expect(normalizeKeyIdInput(`${" ".repeat(62)}${SCREEN}`)).toEqual(ok(HEX));
  });

  it("names the first character that cannot be in a Key ID instead of cleaning it up", () => {
    const attempts: [string, string][] = [
      ["4290B6C0-G17A", "G"],
      ["recovery key", "R"],
      ["' or 1 eq 1", "'"],
      ["4290b6c0' or 1 eq 1 or id eq '", "'"],
      ['"4290B6C0"', '"'],
      ["4290\u0000B6C0", "U+0000"],
      ["0x4290B6C0", "X"],
      ["{{4290B6C0}}", "{"],
      ["4290B6C0}", "}"],
      ["%34290B6C0", "%"],
      ["4290B6C0/../me", "/"],
    ];
    for (const [typed, character] of attempts) {
      expect(normalizeKeyIdInput(typed), JSON.stringify(typed)).toEqual({
        ok: false,
        reason: "invalid-characters",
        character,
      });
    }
  });

  it("reads O as 0 and I or l as 1, and says which letters it read so", () => {
    expect(normalizeKeyIdInput("429OB6CO")).toEqual(ok("4290b6c0", [{ from: "O", to: "0" }]));
    expect(normalizeKeyIdInput("A5CC7597-2IlA")).toEqual(
      ok("a5cc759721 1a".replace(" ", ""), [
        { from: "I", to: "1" },
        { from: "l", to: "1" },
      ]),
    );
    expect(normalizeKeyIdInput("4290B6C0").ok && normalizeKeyIdInput("4290B6C0")).toMatchObject({ corrections: [] });
  });

  it("strips what a copy from the screen or an e-mail brings along", () => {
    for (const typed of [
      `Recovery key ID: ${SCREEN}`,
      `Recovery Key ID ${SCREEN}`,
      `Wiederherstellungsschlüssel-ID: {${SCREEN}}`,
      `回復キー ID：${SCREEN}`,
      `${SCREEN}\n`,
      `\t${SCREEN}`,
      "４２９０Ｂ６Ｃ０－Ｂ１７Ａ－４９７Ａ－８５５２－２７２ＣＣ３０Ｅ８０Ｄ４",
      SCREEN.replaceAll("-", "\u2013"),
      SCREEN.replaceAll("-", "\u00a0"),
      `${SCREEN}\u200b`,
    ]) {
      expect(normalizeKeyIdInput(typed), JSON.stringify(typed)).toEqual(ok(HEX));
    }
    expect(normalizeKeyIdInput("4290B6C0-B17A-497A-…")).toEqual(ok("4290b6c0b17a497a"));
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

describe("near misses and look-alike keys", () => {
  const keys = [
    { id: "a5cc7597-1111-4000-8000-000000000001" },
    { id: "a5cc7591-2222-4000-8000-000000000002" },
    { id: "b5cc7597-3333-4000-8000-000000000003" },
    { id: "ffffffff-4444-4000-8000-000000000004" },
  ];

  it("suggests the person's keys that differ from what was typed in exactly one character", () => {
    expect(nearKeyIds("a5cc7598", keys).map((k) => k.id.slice(0, 8))).toEqual(["a5cc7597", "a5cc7591"]);
    expect(nearKeyIds("a5cc7597", keys).map((k) => k.id.slice(0, 8))).toEqual(["a5cc7591", "b5cc7597"]);
    expect(nearKeyIds("a5cc759712", keys).map((k) => k.id.slice(0, 8))).toEqual(["a5cc7597"]);
  });

  it("suggests nothing for two or more differences, or for fewer than 8 characters", () => {
    expect(nearKeyIds("a5cc7500", keys)).toEqual([]);
    expect(nearKeyIds("a5cc759", keys)).toEqual([]);
    expect(nearKeyIds("zzzzzzzz", keys)).toEqual([]);
  });

  it("points at the group where similar Key IDs first part ways, in the displayed form", () => {
    const ids = ["310597a1-0000-4000-8000-00000000000a", "310597a1-0000-4000-8000-00000000000b"];
    expect([...differingPositions(ids)]).toEqual([35]);
    expect([...differingPositions([ids[0]!, "310597a1-1d8a-4021-891f-8a7c92c52520"])]).toEqual([9, 10, 11, 12]);
    expect([...differingPositions([ids[0]!, "310597a1-0d8a-4021-891f-8a7c92c52520"])]).toEqual([10, 11, 12]);
    expect(differingPositions([ids[0]!]).size).toBe(0);
  });

  it("points at the character that differs from what was typed, past the dashes", () => {
    expect([...differencesFromTyped("a5cc7598", "a5cc7597-1111-4000-8000-000000000001")]).toEqual([7]);
    expect([...differencesFromTyped("a5cc759712", "a5cc7597-1111-4000-8000-000000000001")]).toEqual([10]);
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
