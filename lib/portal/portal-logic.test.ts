import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "@/lib/graph/errors";
import type { RecoveryKeyInfo } from "@/lib/graph/types";
import { describeFailure } from "./failure";
import { replacedKeys } from "./rotation";

const key = (id: string, volume: RecoveryKeyInfo["volume"], createdAt: string, deviceId = "d1"): RecoveryKeyInfo => ({
  id,
  volume,
  createdAt,
  deviceId,
});

describe("replacedKeys", () => {
  it("marks older OS keys of the same device with the date the next one replaced them, never data-drive keys", () => {
    const keys = [
      key("old", "os", "2025-09-08"),
      key("new", "os", "2025-10-27"),
      key("oldest", "os", "2025-01-02"),
      key("usb", "removable", "2025-01-01"),
      key("usb2", "removable", "2024-01-01"),
      key("other", "os", "2020-01-01", "d2"),
    ];
    expect(Object.fromEntries(replacedKeys(keys))).toEqual({
      old: { replacedAt: "2025-10-27", newestId: "new" },
      oldest: { replacedAt: "2025-09-08", newestId: "new" },
    });
  });
});

describe("failures", () => {
  it("parses Retry-After as seconds or a date", () => {
    expect(parseRetryAfter("7")).toBe(7);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
  it("tells a throttled person how long to wait, even when Graph did not say", () => {
    expect(describeFailure({ kind: "throttled", retryAfterSeconds: 12 })).toMatchObject({
      retryAfterSeconds: 12,
      canRetry: true,
    });
    expect(describeFailure({ kind: "throttled", retryAfterSeconds: null }).retryAfterSeconds).toBe(30);
    expect(describeFailure({ kind: "forbidden", retryAfterSeconds: null }).canRetry).toBe(false);
  });
});
