import { describe, expect, it } from "vitest";
import type { RecoveryKeyInfo } from "@/lib/graph/types";
import { replacedAfterReveal } from "./rotation";

const DEVICE = "5f0c8c1e-0000-4000-8000-000000000001";
const key = (id: string, createdAt: string, volume: RecoveryKeyInfo["volume"] = "os", deviceId = DEVICE) => ({
  id,
  createdAt,
  volume,
  deviceId,
});
const used = key("aaaaaaaa-0000-4000-8000-000000000001", "2026-05-01T08:00:00Z");
const REVEALED = Date.parse("2026-12-04T21:00:00.400Z");

describe("Windows replaced a key after the person revealed it", () => {
  it("names the newest OS key of the same device backed up after the reveal", () => {
    const first = key("bbbbbbbb-0000-4000-8000-000000000002", "2026-12-04T21:05:00Z");
    const second = key("cccccccc-0000-4000-8000-000000000003", "2026-12-04T21:09:00Z");
    expect(replacedAfterReveal([used, first, second], used, REVEALED)).toEqual({
      newestId: second.id,
      createdAt: "2026-12-04T21:09:00Z",
    });
  });

  it("says nothing for keys backed up before the reveal (or in its second), which the person already saw listed", () => {
    const older = key("bbbbbbbb-0000-4000-8000-000000000002", "2026-12-04T20:59:59Z");
    const sameSecond = key("cccccccc-0000-4000-8000-000000000003", "2026-12-04T21:00:00Z");
    expect(replacedAfterReveal([used, older, sameSecond], used, REVEALED)).toBeNull();
    const nextSecond = key("dddddddd-0000-4000-8000-000000000004", "2026-12-04T21:00:01Z");
    expect(replacedAfterReveal([used, nextSecond], used, REVEALED)?.newestId).toBe(nextSecond.id);
  });

  it("ignores data-drive keys and other devices' keys, and says nothing about a data-drive key", () => {
    const data = key("bbbbbbbb-0000-4000-8000-000000000002", "2026-12-04T22:00:00Z", "fixed");
    const elsewhere = key("cccccccc-0000-4000-8000-000000000003", "2026-12-04T22:00:00Z", "os", "other-device");
    expect(replacedAfterReveal([used, data, elsewhere], used, REVEALED)).toBeNull();
    const dataUsed = key("dddddddd-0000-4000-8000-000000000004", "2026-05-01T08:00:00Z", "fixed");
    expect(replacedAfterReveal([dataUsed, data], dataUsed, REVEALED)).toBeNull();
  });

  it("ignores keys without a usable creation date", () => {
    const undated = { ...key("bbbbbbbb-0000-4000-8000-000000000002", ""), createdAt: null };
    expect(replacedAfterReveal([used, undated], used, REVEALED)).toBeNull();
  });
});
