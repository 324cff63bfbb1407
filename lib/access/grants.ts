import "server-only";
import { getDeviceByDeviceId, listPrimaryUserDevices, memberGroups } from "@/lib/graph/brokered-operations";
import type { GraphGateway } from "@/lib/graph/client";
import { listOwnedDevices } from "@/lib/graph/operations";
import type { Device } from "@/lib/graph/types";
import { decide, type AccessRule, type RuleSettings } from "./rule";

export type Grant = { device: Device; rule: AccessRule };
/** What brokered self-service may show this person: `inGroup` false sends them to the help desk. */
export type Grants = { inGroup: boolean; grants: Grant[] };

type Candidate = { device: Device | null; ownerIds: string[]; primaryUserIds: string[] };

/**
 * The devices whose keys this person may read in brokered mode, with the rule that allows each,
 * from what Graph says in this request. The device list, the Key ID lookup and every reveal use
 * this one answer, so they cannot disagree.
 *
 * - owner: the person's own `/me/ownedDevices` (their User.Read token: Graph offers the owner
 *   relation from the user's side to delegated callers only, and not per owner to applications);
 * - primary user: Intune's managed devices of the person, matched to Entra by `azureADDeviceId`;
 * - groups: `checkMemberGroups` of the person and of each device.
 * Round trips: one parallel step for the three lists, one per device for what is still missing.
 */
export async function readGrants(
  person: GraphGateway,
  app: GraphGateway,
  objectId: string,
  settings: RuleSettings,
): Promise<Grants> {
  const { groupId, excludedDeviceGroupId, rules } = settings;
  const [owned, primary, groups] = await Promise.all([
    rules.includes("owner") ? listOwnedDevices(person) : [],
    rules.includes("primary-user") ? listPrimaryUserDevices(app, objectId) : [],
    groupId ? memberGroups(app, "users", objectId, [groupId]) : null,
  ]);
  const inGroup = groupId ? groups?.has(groupId) === true : null;
  if (groupId && !inGroup) return { inGroup: false, grants: [] };

  const candidates = new Map<string, Candidate>();
  const candidate = (deviceId: string) => {
    const key = deviceId.toLowerCase();
    const found = candidates.get(key) ?? { device: null, ownerIds: [], primaryUserIds: [] };
    candidates.set(key, found);
    return found;
  };
  for (const device of owned) {
    if (!device.deviceId) continue; // no registration id, so no keys either
    const entry = candidate(device.deviceId);
    entry.device = device;
    entry.ownerIds.push(objectId);
  }
  for (const { deviceId, userId } of primary) candidate(deviceId).primaryUserIds.push(userId);

  const decided = await Promise.all(
    [...candidates].map(async ([deviceId, facts]) => {
      const device = facts.device ?? (await getDeviceByDeviceId(app, deviceId));
      if (!device) return null;
      const excluded = excludedDeviceGroupId
        ? (await memberGroups(app, "devices", device.objectId, [excludedDeviceGroupId])).has(excludedDeviceGroupId)
        : null;
      const decision = decide(settings, { objectId, inGroup }, { ...facts, excluded });
      return decision.allowed ? { device, rule: decision.rule } : null;
    }),
  );
  return { inGroup: true, grants: decided.filter((grant): grant is Grant => grant !== null) };
}
