import { describe, expect, it } from "vitest";
import { fitText } from "./fit-text";

describe("fitText", () => {
  it("leaves text that fits as drawn", () => {
    expect(fitText("BitLocker recovery", 14, 288)).toEqual({});
  });
  it("squeezes a long translation into its box", () => {
    expect(fitText("Geben Sie den Wiederherstellungsschlüssel für dieses Laufwerk ein", 11.5, 268)).toEqual({
      textLength: 268,
      lengthAdjust: "spacingAndGlyphs",
    });
  });
  it("counts Japanese characters as full width", () => {
    expect(fitText("このドライブの回復キーを入力してください", 11.5, 200)).toEqual({
      textLength: 200,
      lengthAdjust: "spacingAndGlyphs",
    });
    expect(fitText("回復キー", 12, 88)).toEqual({});
  });
});
