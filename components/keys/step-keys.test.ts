import { describe, expect, it } from "vitest";
import { speechTextForBlock, stepMoveFor } from "./step-keys";

const press = (key: string, extra: Partial<Parameters<typeof stepMoveFor>[0]> = {}) =>
  stepMoveFor({ key, altKey: false, ctrlKey: false, metaKey: false, targetTag: "BODY", ...extra });

describe("keys in the one-block-at-a-time view", () => {
  it("moves forward with the usual forward keys", () => {
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"]) expect(press(key)).toBe("next");
  });

  it("goes back with the usual back keys and returns to all blocks with Escape", () => {
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]) expect(press(key)).toBe("previous");
    expect(press("Escape")).toBe("exit");
  });

  it("leaves Enter and Space to a focused button or link, which act on them themselves", () => {
    expect(press("Enter", { targetTag: "BUTTON" })).toBeNull();
    expect(press(" ", { targetTag: "A" })).toBeNull();
    expect(press("ArrowRight", { targetTag: "BUTTON" })).toBe("next");
    expect(press("Enter", { targetTag: "P" })).toBe("next");
  });

  it("keeps Tab, letters and browser shortcuts", () => {
    expect(press("Tab")).toBeNull();
    expect(press("a")).toBeNull();
    expect(press("ArrowLeft", { altKey: true })).toBeNull();
    expect(press("ArrowRight", { metaKey: true })).toBeNull();
    expect(press("Enter", { ctrlKey: true })).toBeNull();
  });
});

describe("reading a block aloud", () => {
  it("says the digits one by one, never as a number", () => {
    expect(speechTextForBlock("704902", "en")).toBe("7, 0, 4, 9, 0, 2");
    expect(speechTextForBlock("704902", "de-DE")).toBe("7, 0, 4, 9, 0, 2");
  });

  it("pauses with the Japanese comma in Japanese", () => {
    expect(speechTextForBlock("110011", "ja")).toBe("1、1、0、0、1、1");
  });
});
