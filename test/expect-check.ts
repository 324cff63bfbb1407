import { expect } from "vitest";
import type { CheckResult, CheckStatus } from "@/lib/doctor/types";

/** Test helper: a check's status, and text its message and fix contain (a string) or match (a RegExp). */
export function expectCheck(
  result: CheckResult | undefined,
  status: CheckStatus,
  message?: string | RegExp,
  fix?: string | RegExp,
): void {
  expect(result?.status, result?.message).toBe(status);
  if (message !== undefined) expect(result?.message).toMatch(message);
  if (fix !== undefined) expect(result?.fix).toMatch(fix);
}
