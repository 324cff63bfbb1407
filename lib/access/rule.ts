import type { AccessRule } from "./rule-list";

export type { AccessRule };

/** What IT configured (lib/env.ts): the relations that grant a key, and the two optional groups. */
export type RuleSettings = {
  rules: readonly AccessRule[];
  /** Only members of this group may use self-service. */
  groupId: string | null;
  /** Devices in this group are never self-service. */
  excludedDeviceGroupId: string | null;
};

/** Facts about the person, read from Graph in this request. */
export type PersonFacts = {
  objectId: string;
  /** Member of the self-service group; null when not asked (no group rule). */
  inGroup: boolean | null;
};

/** Facts about one device, read from Graph in this request. */
export type DeviceFacts = {
  /** Registered owners (object ids). */
  ownerIds: readonly string[];
  /** Intune primary users (object ids) of the managed devices whose azureADDeviceId is this device's deviceId. */
  primaryUserIds: readonly string[];
  /** In the excluded device group; null when not asked. */
  excluded: boolean | null;
};

export type Decision =
  { allowed: true; rule: AccessRule } | { allowed: false; reason: "outside-group" | "excluded-device" | "no-relation" };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * KeyDesk's brokered rule: may this person read this device's keys? Group rules first (a fact
 * that was not asked counts as a no, so a missing read never opens access), then the configured
 * relations in IT's order; the first that holds is the one the audit event names.
 */
export function decide(settings: RuleSettings, person: PersonFacts, device: DeviceFacts): Decision {
  if (settings.groupId && person.inGroup !== true) return { allowed: false, reason: "outside-group" };
  if (settings.excludedDeviceGroupId && device.excluded !== false) return { allowed: false, reason: "excluded-device" };
  for (const rule of settings.rules) {
    const holders = rule === "owner" ? device.ownerIds : device.primaryUserIds;
    if (holders.some((id) => same(id, person.objectId))) return { allowed: true, rule };
  }
  return { allowed: false, reason: "no-relation" };
}
