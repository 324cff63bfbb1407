import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDES, helpPath, TOOLS } from "./guides";
import { REASON_CATEGORIES, reasonCodeAnchor } from "./reason-codes";

describe("the help registry", () => {
  it("has a route for every page it lists", () => {
    for (const page of [...GUIDES, ...TOOLS]) {
      expect(existsSync(resolve("app", `${helpPath(page).slice(1)}/page.tsx`)), page.slug).toBe(true);
    }
  });

  it("gives every guide short steps (3 to 7)", () => {
    for (const guide of GUIDES) {
      expect(guide.steps?.length ?? 0, guide.slug).toBeGreaterThanOrEqual(3);
      expect(guide.steps?.length ?? 0, guide.slug).toBeLessThanOrEqual(7);
    }
  });
});

describe("recovery reason codes", () => {
  it("lists exactly the codes Microsoft documents for Windows 11 24H2, once each", () => {
    const codes = REASON_CATEGORIES.flatMap((category) => category.items.flatMap((item) => item.codes));
    expect(codes.sort()).toEqual(
      [
        "E_FVE_BAD_CODE_ID",
        "E_FVE_BAD_CODE_OPTION",
        "E_FVE_BAD_SRK",
        "E_FVE_BOOT_DEBUG_ENABLED",
        "E_FVE_CI_DISABLED",
        "E_FVE_DEVICE_LOCKEDOUT",
        "E_FVE_DEVICE_LOCKOUT_MISMATCH",
        "E_FVE_PCR_MISMATCH",
        "E_FVE_RECOVERY_ERROR_UNKNOWN",
        "E_FVE_SECUREBOOT_CHANGED",
        "E_FVE_SECUREBOOT_DISABLED",
        "E_FVE_TPM_DISABLED",
        "E_FVE_TPM_FAILURE",
        "E_FVE_TPM_INVALIDATED",
        "E_FVE_TPM_NOT_DETECTED",
        "E_FVE_USER_REQUESTED_RECOVERY",
        "E_MATCHING_PCRS_TPM_FAILURE",
      ].sort(),
    );
    expect(reasonCodeAnchor("E_FVE_PCR_MISMATCH")).toBe("e-fve-pcr-mismatch");
  });
});
