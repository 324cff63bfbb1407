import { describe, expect, it } from "vitest";
import type { RecoveryKeyInfo } from "@/lib/graph/types";
import { advance, REQUEST_TRIES, WATCH_LIMIT_MS, WATCH_STEPS_MS, type RotationGraph } from "./process";
import type { RotationJob } from "./queue";

const SHOWN = "11111111-1111-4111-8111-111111111111";
const DEVICE = "2d5e8372-f9f9-4bfa-9754-097b4f49c491";
const T0 = Date.parse("2026-12-04T10:00:00Z");
const job: RotationJob = {
  keyId: SHOWN,
  deviceId: DEVICE,
  actor: { objectId: "o", userPrincipalName: "isaiah.langer@northwind.example", tenantId: "t" },
  phase: "rotate",
  dueAt: T0,
  trigger: "person",
  attempts: 0,
};
const key = (id: string, createdAt: string, volume: RecoveryKeyInfo["volume"] = "os"): RecoveryKeyInfo => ({
  id,
  deviceId: DEVICE,
  createdAt,
  volume,
});

function graph(overrides: Partial<RotationGraph> = {}) {
  const asked: string[] = [];
  const fake: RotationGraph = {
    findManagedDeviceId: async () => "0eede1d9-ce3b-466c-b31d-86b0d53e6ac2",
    requestKeyRotation: async (id) => void asked.push(id),
    listRecoveryKeys: async () => [key(SHOWN, "2026-03-01T08:00:00Z")],
    ...overrides,
  };
  return { fake, asked };
}
const failure = (transient: boolean) => () => ({ kind: transient ? "throttled" : "forbidden", transient });

describe("rotation after a reveal", () => {
  it("asks Intune for the PC's managed device, then watches for the new key", async () => {
    const { fake, asked } = graph();
    const step = await advance(job, fake, T0, failure(false));
    expect(asked).toEqual(["0eede1d9-ce3b-466c-b31d-86b0d53e6ac2"]);
    expect(step).toEqual({
      outcome: "requested",
      next: { ...job, phase: "watch", requestedAt: T0, attempts: 0, dueAt: T0 + WATCH_STEPS_MS[0]! },
    });
  });

  it("fails plainly when Intune does not manage the PC", async () => {
    const { fake, asked } = graph({ findManagedDeviceId: async () => null });
    expect(await advance(job, fake, T0, failure(false))).toEqual({ outcome: "failed", reason: "not-managed" });
    expect(asked).toEqual([]);
  });

  it("asks again a minute later when Intune is busy, and gives up after a few tries", async () => {
    const { fake } = graph({ requestKeyRotation: async () => Promise.reject(new Error("429")) });
    const first = await advance(job, fake, T0, failure(true));
    expect(first).toEqual({ outcome: "retry", next: { ...job, attempts: 1, dueAt: T0 + 60_000 } });
    const last = await advance({ ...job, attempts: REQUEST_TRIES - 1 }, fake, T0, failure(true));
    expect(last).toEqual({ outcome: "failed", reason: "throttled" });
  });

  it("does not retry a refusal (a missing permission is IT's to fix)", async () => {
    const { fake } = graph({ requestKeyRotation: async () => Promise.reject(new Error("403")) });
    expect(await advance(job, fake, T0, failure(false))).toEqual({ outcome: "failed", reason: "forbidden" });
  });

  const watching: RotationJob = { ...job, phase: "watch", requestedAt: T0 + 400, attempts: 0 };

  it("confirms with a new operating-system key backed up after the request", async () => {
    const { fake } = graph({
      listRecoveryKeys: async () => [
        key("22222222-2222-4222-8222-222222222222", "2026-12-04T10:00:00Z", "fixed"),
        key("33333333-3333-4333-8333-333333333333", "2026-12-04T10:00:00Z"),
        key(SHOWN, "2026-03-01T08:00:00Z"),
      ],
    });
    // Graph gives whole seconds: a key made in the same second as the request counts.
    expect(await advance(watching, fake, T0 + 30_000, failure(false))).toEqual({
      outcome: "confirmed",
      newKeyId: "33333333-3333-4333-8333-333333333333",
    });
  });

  it("keeps watching, ever less often, while the PC has not backed up a new key", async () => {
    const { fake } = graph({
      listRecoveryKeys: async () => [key("44444444-4444-4444-8444-444444444444", "2026-12-04T09:59:59Z")],
    });
    const step = await advance(watching, fake, T0 + 15_000, failure(false));
    expect(step).toEqual({
      outcome: "retry",
      next: { ...watching, attempts: 1, dueAt: T0 + 15_000 + WATCH_STEPS_MS[1]! },
    });
    const late = await advance({ ...watching, attempts: 40 }, fake, T0 + 3_600_000, failure(false));
    expect(late.outcome === "retry" && late.next.dueAt - (T0 + 3_600_000)).toBe(WATCH_STEPS_MS.at(-1));
  });

  it("reports a PC that has not made a new key within a day", async () => {
    const { fake } = graph();
    expect(await advance(watching, fake, T0 + 400 + WATCH_LIMIT_MS, failure(false))).toEqual({
      outcome: "failed",
      reason: "not-confirmed",
    });
  });
});
