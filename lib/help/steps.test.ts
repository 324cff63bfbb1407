import { describe, expect, it } from "vitest";
import { keyPageHref, parseGuideContext, parseStepView, stepHref } from "./steps";

const KEY_ID = "4290b6c0-b17a-497a-8552-272cc30e80d4";

describe("the step shown", () => {
  it("reads ?step=N within range, or all", () => {
    expect(parseStepView("3", 5)).toEqual({ mode: "one", step: 3 });
    expect(parseStepView(["2", "4"], 5)).toEqual({ mode: "one", step: 2 });
    expect(parseStepView("all", 5)).toEqual({ mode: "all" });
  });

  it("falls back to the first step for anything else", () => {
    for (const raw of [undefined, "", "0", "6", "-1", "2.5", "1e1", "abc", "99999"]) {
      expect(parseStepView(raw, 5)).toEqual({ mode: "one", step: 1 });
    }
  });
});

describe("the guide's context", () => {
  it("keeps a well-formed Key ID (lower case) and a drive letter", () => {
    expect(parseGuideContext({ keyId: KEY_ID.toUpperCase(), drive: "e" })).toEqual({ keyId: KEY_ID, drive: "E:" });
  });

  it("drops anything that could not be a Key ID or a drive letter", () => {
    expect(parseGuideContext({ keyId: "../../signout", drive: "C: & del" })).toEqual({ keyId: null, drive: null });
    expect(parseGuideContext({ keyId: "4290B6C0" })).toEqual({ keyId: null, drive: null });
  });

  it("links back to the key only for a valid Key ID", () => {
    expect(keyPageHref({ keyId: KEY_ID, drive: null })).toBe(`/keys/${KEY_ID}`);
    expect(keyPageHref({ keyId: null, drive: null })).toBeNull();
  });
});

describe("step links", () => {
  it("carry the Key ID and the drive letter from step to step", () => {
    expect(stepHref("/help/unlock-data-drive", 2, { keyId: KEY_ID, drive: "E:" })).toBe(
      `/help/unlock-data-drive?step=2&keyId=${KEY_ID}&drive=E`,
    );
    expect(stepHref("/help/x", "all", { keyId: null, drive: null })).toBe("/help/x?step=all");
  });
});
