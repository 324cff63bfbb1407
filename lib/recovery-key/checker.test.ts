import { describe, expect, it } from "vitest";
import { checkRecoveryPasswordInput, repairBlock, type CheckedBlock } from "./checker";
import { isValidBlock } from "./password";

// Words 1234, 65535, 0, 42, 9999, 30000, 12345, 54321, each × 11.
const KEY = "013574-720885-000000-000462-109989-330000-135795-597531";
const BLOCKS = KEY.split("-");

const blockAt = (value: number) => String(value).padStart(6, "0");
const replaceAt = (text: string, position: number, char: string) =>
  text.slice(0, position) + char + text.slice(position + 1);
const statuses = (blocks: CheckedBlock[]) => blocks.map((block) => block.status);

describe("repairing a block with one unreadable digit", () => {
  it("finds the original digit for every valid block and every position", () => {
    const failures: string[] = [];
    for (let word = 0; word < 65536; word++) {
      const block = blockAt(word * 11);
      for (let position = 0; position < 6; position++) {
        const repaired = repairBlock(replaceAt(block, position, "?"));
        if (repaired.length !== 1 || repaired[0] !== block) failures.push(`${block}@${position}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it("finds nothing when no digit can make the block valid", () => {
    // 720890–720899 holds only 720896 = 65536 × 11, one past the largest block.
    expect(repairBlock("72089?")).toEqual([]);
    expect(repairBlock("9?????")).toEqual([]);
  });
});

describe("repairing a block with two unreadable digits", () => {
  it("lists every valid value, ascending, and nothing else", () => {
    const pattern = "1?59?1";
    const expected: string[] = [];
    for (let a = 0; a <= 9; a++) {
      for (let b = 0; b <= 9; b++) {
        const block = `1${a}59${b}1`;
        if (isValidBlock(block)) expected.push(block);
      }
    }
    expect(expected.length).toBeGreaterThan(1);
    expect(repairBlock(pattern)).toEqual(expected);
  });

  it("keeps the true value among the candidates", () => {
    for (const block of BLOCKS) {
      expect(repairBlock(`??${block.slice(2)}`)).toContain(block);
      expect(repairBlock(`${block.slice(0, 3)}?${block.slice(4, 5)}?`)).toContain(block);
    }
  });
});

describe("repairBlock with nothing or too much to repair", () => {
  it("returns a complete block unchanged when it is valid, and nothing when it is not", () => {
    expect(repairBlock("013574")).toEqual(["013574"]);
    expect(repairBlock("013575")).toEqual([]);
  });

  it("gives up on three or more unreadable digits", () => {
    expect(repairBlock("???574")).toEqual([]);
    expect(repairBlock("??????")).toEqual([]);
  });

  it("only takes six characters of digits and question marks", () => {
    for (const block of ["01357", "0135745", "01357a", "01357-", "", "01 574"]) {
      expect(repairBlock(block), block).toEqual([]);
    }
  });
});

describe("checking a key copied from paper", () => {
  it("confirms a correctly copied key and gives its canonical form", () => {
    const result = checkRecoveryPasswordInput(KEY);
    expect(statuses(result.blocks)).toEqual(Array(8).fill("valid"));
    expect(result).toMatchObject({
      complete: true,
      allValid: true,
      formatted: KEY,
      invalidCharacters: false,
      tooLong: false,
    });
  });

  it("accepts the digits without dashes or with spaces and line breaks", () => {
    expect(checkRecoveryPasswordInput(BLOCKS.join("")).formatted).toBe(KEY);
    expect(checkRecoveryPasswordInput(BLOCKS.join(" ")).formatted).toBe(KEY);
    expect(checkRecoveryPasswordInput(`${BLOCKS.slice(0, 4).join(" ")}\n${BLOCKS.slice(4).join("\t")}`).formatted).toBe(
      KEY,
    );
  });

  it("reports each of the 8 blocks with its index and text, even before anything is typed", () => {
    const empty = checkRecoveryPasswordInput("");
    expect(empty.blocks.map((block) => block.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(statuses(empty.blocks)).toEqual(Array(8).fill("incomplete"));
    expect(empty).toMatchObject({ complete: false, allValid: false, formatted: null });
  });

  it("checks full blocks while the rest is still being typed", () => {
    const result = checkRecoveryPasswordInput("013574-7208");
    expect(result.blocks[0]).toEqual({ index: 0, text: "013574", status: "valid" });
    expect(result.blocks[1]).toEqual({ index: 1, text: "7208", status: "incomplete" });
    expect(result.blocks[2]).toEqual({ index: 2, text: "", status: "incomplete" });
    expect(result).toMatchObject({ complete: false, allValid: false, formatted: null });
  });

  it("flags the block with a mistyped digit and no other", () => {
    const result = checkRecoveryPasswordInput(KEY.replace("109989", "109980"));
    expect(statuses(result.blocks)).toEqual(["valid", "valid", "valid", "valid", "invalid", "valid", "valid", "valid"]);
    expect(result).toMatchObject({ complete: true, allValid: false, formatted: null });
  });

  it("catches every single wrong digit and every swap of two neighbouring digits", () => {
    const missed: string[] = [];
    // Every 7th block keeps this fast; the arithmetic argument in repairBlock covers the rest.
    for (let word = 0; word < 65536; word += 7) {
      const block = blockAt(word * 11);
      for (let position = 0; position < 6; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          const typo = replaceAt(block, position, String(digit));
          if (typo !== block && isValidBlock(typo)) missed.push(typo);
        }
        const next = block[position + 1];
        const current = block[position];
        if (next === undefined || current === undefined || next === current) continue;
        const swapped = replaceAt(replaceAt(block, position, next), position + 1, current);
        if (isValidBlock(swapped)) missed.push(swapped);
      }
    }
    expect(missed).toEqual([]);
  });

  it("fills in a single unreadable digit and still gives the key", () => {
    const result = checkRecoveryPasswordInput(KEY.replace("000462", "00?462"));
    expect(result.blocks[3]).toEqual({ index: 3, text: "00?462", status: "repaired", repaired: "000462" });
    expect(result).toMatchObject({ complete: true, allValid: false, formatted: KEY });
  });

  it("repairs one unreadable digit in every block at once", () => {
    const smudged = BLOCKS.map((block, index) => replaceAt(block, index % 6, "?")).join("-");
    const result = checkRecoveryPasswordInput(smudged);
    expect(statuses(result.blocks)).toEqual(Array(8).fill("repaired"));
    expect(result.formatted).toBe(KEY);
  });

  it("lists the candidates when two unreadable digits leave several possibilities", () => {
    const result = checkRecoveryPasswordInput(KEY.replace("135795", "1?579?"));
    const block = result.blocks[6];
    expect(block?.status).toBe("ambiguous");
    expect(block?.candidates).toContain("135795");
    expect(block?.candidates?.every(isValidBlock)).toBe(true);
    expect(block?.repaired).toBeUndefined();
    expect(result.formatted).toBeNull();
  });

  it("gives up on a block with three unreadable digits or with no digit that fits", () => {
    expect(checkRecoveryPasswordInput(KEY.replace("330000", "3???00")).blocks[5]?.status).toBe("unrepairable");
    expect(checkRecoveryPasswordInput(KEY.replace("720885", "72089?")).blocks[1]?.status).toBe("unrepairable");
  });

  it("flags letters and other characters instead of failing", () => {
    const result = checkRecoveryPasswordInput(KEY.replace("0", "O"));
    expect(result.invalidCharacters).toBe(true);
    expect(result.formatted).toBeNull();
    expect(checkRecoveryPasswordInput("<script>").invalidCharacters).toBe(true);
    expect(checkRecoveryPasswordInput(`Key: ${KEY}`)).toMatchObject({ invalidCharacters: true, formatted: null });
    expect(checkRecoveryPasswordInput(KEY.replace("0", "٠")).invalidCharacters).toBe(true);
  });

  it("flags more than 48 digits and checks only the first 48", () => {
    const result = checkRecoveryPasswordInput(`${KEY}-1`);
    expect(result.tooLong).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.blocks).toHaveLength(8);
    expect(result.formatted).toBeNull();
  });
});
