import type { GraphFailure } from "@/lib/graph/errors";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import type { DeviceKeys } from "./devices";

export type KeyWithDevice = { key: RecoveryKeyInfo; device: Device };

/**
 * Whether Graph's answers say the tenant switched owner self-service off ("Restrict non-admin
 * users from recovering the BitLocker key(s) for their owned devices"): it then refuses (403)
 * the key listing even of devices the person owns. One refused listing and none allowed is
 * enough — the setting is tenant-wide, so the first answer already tells.
 */
export function selfServiceRefused(results: DeviceKeys[]): boolean {
  return results.some((r) => !r.ok && r.failure.kind === "forbidden") && !results.some((r) => r.ok);
}

/** Why nothing matched, as specifically as Graph's answers allow. */
export type NoMatchReason =
  | { kind: "restricted" }
  | { kind: "near"; near: KeyWithDevice[] }
  | { kind: "not-owned"; devices: Device[] }
  | { kind: "no-devices" }
  | { kind: "generic" };

export type NoMatchFacts = {
  restricted: boolean;
  /** The person's own keys one character away from what was typed. */
  near: KeyWithDevice[];
  /** PCs the person uses whose keys self-service cannot read (hybrid-joined, no owner). */
  notOwned: Device[];
  ownedDevices: number;
  failures: { device: Device; failure: GraphFailure }[];
};

/**
 * The one answer to give: a refused tenant says only that; a near miss is most likely a typo; a
 * named PC beats a list of possibilities; no devices at all is said plainly. The generic list of
 * reasons is left for when nothing specific is known.
 */
export function explainNoMatch(facts: NoMatchFacts): NoMatchReason {
  if (facts.restricted) return { kind: "restricted" };
  if (facts.near.length > 0) return { kind: "near", near: facts.near };
  if (facts.notOwned.length > 0) return { kind: "not-owned", devices: facts.notOwned };
  if (facts.ownedDevices === 0 && facts.failures.length === 0) return { kind: "no-devices" };
  return { kind: "generic" };
}

/**
 * PCs whose key the help desk has to read: devices the person is a registered user of but does
 * not own, and owned hybrid-joined devices with no key in Entra (it is kept in the on-premises AD).
 */
export function devicesWithoutSelfService(
  owned: Device[],
  registered: Device[],
  keysOf: (device: Device) => DeviceKeys | undefined,
): Device[] {
  const ownedIds = new Set(owned.map((d) => d.objectId));
  const hybridWithoutKeys = owned.filter((d) => {
    const keys = keysOf(d);
    return d.joinType === "hybrid-joined" && keys?.ok === true && keys.keys.length === 0;
  });
  return [...registered.filter((d) => !ownedIds.has(d.objectId)), ...hybridWithoutKeys];
}
