import { describe, expect, it } from "vitest";
import { driveKindOf } from "./volume-label";

describe("where a key is typed", () => {
  it("is the recovery screen for an operating-system drive, and for a drive of unknown kind", () => {
    expect(driveKindOf("os")).toBe("os");
    expect(driveKindOf("unknown")).toBe("os");
  });

  it("is Windows' unlock prompt for fixed data and removable drives", () => {
    expect(driveKindOf("fixed")).toBe("data");
    expect(driveKindOf("removable")).toBe("data");
  });
});
