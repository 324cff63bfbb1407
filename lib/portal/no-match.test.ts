import { describe, expect, it } from "vitest";
import { GraphFailure } from "@/lib/graph/errors";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import type { DeviceKeys } from "./devices";
import { devicesWithoutSelfService, explainNoMatch, selfServiceRefused, type NoMatchFacts } from "./no-match";

const device = (objectId: string, joinType: Device["joinType"] = "entra-joined"): Device => ({
  objectId,
  deviceId: `${objectId}-reg`,
  displayName: objectId.toUpperCase(),
  operatingSystem: "Windows",
  operatingSystemVersion: null,
  joinType,
  lastSignIn: null,
  isCompliant: null,
  isManaged: null,
  manufacturer: null,
  model: null,
});
const key: RecoveryKeyInfo = {
  id: "a5cc7597-0000-4000-8000-000000000000",
  deviceId: "x",
  createdAt: null,
  volume: "os",
};
const listed = (keys: RecoveryKeyInfo[] = [key]): DeviceKeys => ({ ok: true, keys });
const refused = (kind: GraphFailure["kind"]): DeviceKeys => ({ ok: false, failure: new GraphFailure(kind, 403) });
const facts = (patch: Partial<NoMatchFacts>): NoMatchFacts => ({
  restricted: false,
  near: [],
  notOwned: [],
  ownedDevices: 2,
  failures: [],
  ...patch,
});

describe("telling a tenant that switched self-service off", () => {
  it("knows from the first refused key listing", () => {
    expect(selfServiceRefused([refused("forbidden")])).toBe(true);
    expect(selfServiceRefused([refused("forbidden"), refused("forbidden")])).toBe(true);
  });

  it("does not call an outage, a throttle or a partly readable account a restricted tenant", () => {
    expect(selfServiceRefused([refused("unavailable")])).toBe(false);
    expect(selfServiceRefused([refused("throttled")])).toBe(false);
    expect(selfServiceRefused([refused("forbidden"), listed()])).toBe(false);
    expect(selfServiceRefused([])).toBe(false);
  });
});

describe("explaining why no key matched", () => {
  it("says only 'restricted' in a restricted tenant, whatever else is known", () => {
    expect(explainNoMatch(facts({ restricted: true, ownedDevices: 0 })).kind).toBe("restricted");
  });

  it("offers the near miss first, then the named PC, then 'no devices'", () => {
    const near = [{ key, device: device("laptop") }];
    const ws = device("ws", "hybrid-joined");
    expect(explainNoMatch(facts({ near, notOwned: [ws] }))).toEqual({ kind: "near", near });
    expect(explainNoMatch(facts({ notOwned: [ws], ownedDevices: 0 }))).toEqual({ kind: "not-owned", devices: [ws] });
    expect(explainNoMatch(facts({ ownedDevices: 0 })).kind).toBe("no-devices");
  });

  it("falls back to the general reasons only when nothing specific is known", () => {
    expect(explainNoMatch(facts({})).kind).toBe("generic");
    const failures = [{ device: device("laptop"), failure: new GraphFailure("unavailable", 503) }];
    expect(explainNoMatch(facts({ ownedDevices: 0, failures })).kind).toBe("generic");
  });
});

describe("PCs whose key only the help desk can read", () => {
  it("names devices the person uses but does not own, and owned hybrid PCs without a key in Entra", () => {
    const laptop = device("laptop");
    const hybridOwned = device("hybrid", "hybrid-joined");
    const shared = device("ws", "hybrid-joined");
    const keys = new Map([
      [laptop, listed([])],
      [hybridOwned, listed([])],
    ]);
    const found = devicesWithoutSelfService([laptop, hybridOwned], [laptop, shared], (d) => keys.get(d));
    expect(found.map((d) => d.objectId)).toEqual(["ws", "hybrid"]);
  });

  it("leaves out an owned hybrid PC whose key is in Entra", () => {
    const hybridOwned = device("hybrid", "hybrid-joined");
    expect(devicesWithoutSelfService([hybridOwned], [], () => listed())).toEqual([]);
  });
});
