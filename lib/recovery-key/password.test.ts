import { describe, expect, it } from "vitest";
import {
  BLOCK_COUNT,
  BLOCK_LENGTH,
  formatRecoveryPassword,
  isValidBlock,
  isValidRecoveryPassword,
  spokenDigits,
  splitRecoveryPassword,
} from "./password";

// Words 1234, 65535, 0, 42, 9999, 30000, 12345, 54321, each × 11.
const KEY = "013574-720885-000000-000462-109989-330000-135795-597531";
const KEY_DIGITS = KEY.replace(/-/g, "");

describe("a recovery password block", () => {
  it("is 6 digits, and a key has 8 of them", () => {
    expect(BLOCK_LENGTH).toBe(6);
    expect(BLOCK_COUNT).toBe(8);
  });

  it("is accepted when it is a multiple of 11 below 720896", () => {
    expect(isValidBlock("000000")).toBe(true);
    expect(isValidBlock("013574")).toBe(true);
    expect(isValidBlock("720885")).toBe(true); // 65535 × 11, the largest block
  });

  it("is refused at 65536 × 11 and above, even though it divides by 11", () => {
    expect(isValidBlock("720896")).toBe(false);
    expect(isValidBlock("720907")).toBe(false);
    expect(isValidBlock("999999")).toBe(false);
  });

  it("is refused when it does not divide by 11, like Microsoft's documentation placeholder", () => {
    expect(isValidBlock("123456")).toBe(false);
    expect(isValidBlock("013575")).toBe(false);
  });

  it("must be exactly six ASCII digits", () => {
    for (const block of ["13574", "0013574", "", "+13574", " 13574", "01357 ", "0x1357", "٠١٣٥٧٤", "０１３５７４"]) {
      expect(isValidBlock(block), block).toBe(false);
    }
  });

  it("has exactly 65536 valid values among all one million six-digit strings", () => {
    let valid = 0;
    for (let value = 0; value < 1_000_000; value++) {
      if (isValidBlock(String(value).padStart(6, "0"))) valid++;
    }
    expect(valid).toBe(65536);
  });
});

describe("splitting a recovery password", () => {
  it("accepts the dashed form as shown in My Account", () => {
    expect(splitRecoveryPassword(KEY)).toEqual(KEY.split("-"));
  });

  it("accepts the 48 digits without dashes, with spaces, or with a pasted line break", () => {
    const blocks = KEY.split("-");
    expect(splitRecoveryPassword(KEY_DIGITS)).toEqual(blocks);
    expect(splitRecoveryPassword(blocks.join(" "))).toEqual(blocks);
    expect(splitRecoveryPassword(`  ${blocks.slice(0, 4).join("-")}\n${blocks.slice(4).join("-")}  `)).toEqual(blocks);
  });

  it("returns null unless there are exactly 48 digits", () => {
    expect(splitRecoveryPassword(KEY_DIGITS.slice(1))).toBeNull();
    expect(splitRecoveryPassword(`${KEY_DIGITS}0`)).toBeNull();
    expect(splitRecoveryPassword("")).toBeNull();
    expect(splitRecoveryPassword(KEY.replace("0", "O"))).toBeNull();
    expect(splitRecoveryPassword(KEY.replace("0", "?"))).toBeNull();
  });
});

describe("validating a recovery password", () => {
  it("accepts a key whose 8 blocks all pass the checksum", () => {
    expect(isValidRecoveryPassword(KEY)).toBe(true);
    expect(isValidRecoveryPassword(KEY_DIGITS)).toBe(true);
  });

  it("rejects a key with one mistyped digit", () => {
    expect(isValidRecoveryPassword(KEY.replace("597531", "597532"))).toBe(false);
  });

  it("rejects the documentation placeholder and wrong lengths", () => {
    expect(isValidRecoveryPassword(Array.from({ length: 8 }, () => "123456").join("-"))).toBe(false);
    expect(isValidRecoveryPassword(KEY.slice(0, -1))).toBe(false);
  });
});

describe("formatting a recovery password", () => {
  it("puts the dashes where the lockout screen and manage-bde expect them", () => {
    expect(formatRecoveryPassword(KEY_DIGITS)).toBe(KEY);
    expect(formatRecoveryPassword(KEY.split("-").join("  "))).toBe(KEY);
    expect(formatRecoveryPassword(KEY)).toBe(KEY);
  });

  it("refuses to format a key that fails its checksum", () => {
    expect(formatRecoveryPassword(KEY.replace("013574", "013575"))).toBeNull();
    expect(formatRecoveryPassword("not a key")).toBeNull();
  });
});

describe("reading a block aloud", () => {
  it("separates the digits so a screen reader reads them one at a time", () => {
    expect(spokenDigits("013574")).toBe("0 1 3 5 7 4");
    expect(spokenDigits("")).toBe("");
  });
});
