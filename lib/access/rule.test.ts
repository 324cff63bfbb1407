import { describe, expect, it } from "vitest";
import { decide, type DeviceFacts, type RuleSettings } from "./rule";
import { parseRuleList } from "./rule-list";

const ME = "4aae2ba2-17a6-4920-a634-cdade396fce6";
const SOMEONE = "1ad95d84-bcf3-4400-b93f-f8045aad8142";
const both: RuleSettings = { rules: ["owner", "primary-user"], groupId: null, excludedDeviceGroupId: null };
const device = (facts: Partial<DeviceFacts>): DeviceFacts => ({
  ownerIds: [],
  primaryUserIds: [],
  excluded: null,
  ...facts,
});
const me = { objectId: ME, inGroup: null };

describe("KeyDesk's brokered rule", () => {
  it("lets the registered owner read, naming the owner rule", () => {
    expect(decide(both, me, device({ ownerIds: [ME] }))).toEqual({ allowed: true, rule: "owner" });
  });

  it("lets the Intune primary user read a hybrid-joined PC that has no owner", () => {
    expect(decide(both, me, device({ primaryUserIds: [ME] }))).toEqual({ allowed: true, rule: "primary-user" });
  });

  it("names the first configured relation that holds", () => {
    const facts = device({ ownerIds: [ME], primaryUserIds: [ME] });
    expect(decide({ ...both, rules: ["primary-user", "owner"] }, me, facts)).toEqual({
      allowed: true,
      rule: "primary-user",
    });
  });

  it("ignores a relation IT did not configure", () => {
    expect(decide({ ...both, rules: ["owner"] }, me, device({ primaryUserIds: [ME] }))).toEqual({
      allowed: false,
      reason: "no-relation",
    });
  });

  it("refuses someone else's device, and compares ids without regard to case", () => {
    expect(decide(both, me, device({ ownerIds: [SOMEONE], primaryUserIds: [SOMEONE] })).allowed).toBe(false);
    expect(decide(both, { ...me, objectId: ME.toUpperCase() }, device({ ownerIds: [ME] })).allowed).toBe(true);
  });

  it("refuses everyone outside the self-service group, and a membership nobody asked about", () => {
    const grouped = { ...both, groupId: "9c9b7d16-586a-4db6-bbe1-367d52081276" };
    const mine = device({ ownerIds: [ME] });
    expect(decide(grouped, { objectId: ME, inGroup: false }, mine)).toEqual({
      allowed: false,
      reason: "outside-group",
    });
    expect(decide(grouped, { objectId: ME, inGroup: null }, mine).allowed).toBe(false);
    expect(decide(grouped, { objectId: ME, inGroup: true }, mine).allowed).toBe(true);
  });

  it("never allows a device in the excluded group, or one whose membership was not read", () => {
    const excluding = { ...both, excludedDeviceGroupId: "3d268100-8539-4a82-a363-2b6c3ccc8736" };
    expect(decide(excluding, me, device({ ownerIds: [ME], excluded: true }))).toEqual({
      allowed: false,
      reason: "excluded-device",
    });
    expect(decide(excluding, me, device({ ownerIds: [ME], excluded: null })).allowed).toBe(false);
    expect(decide(excluding, me, device({ ownerIds: [ME], excluded: false })).allowed).toBe(true);
  });
});

describe("KEY_ACCESS_RULE", () => {
  it("reads |-separated lists like the other settings, and the comma-separated form too", () => {
    expect(parseRuleList("owner|primary-user")).toEqual(["owner", "primary-user"]);
    expect(parseRuleList("primary-user, owner")).toEqual(["primary-user", "owner"]);
    expect(parseRuleList(" Owner |owner")).toEqual(["owner"]);
  });

  it("refuses an empty list or an unknown relation", () => {
    expect(parseRuleList("")).toBeNull();
    expect(parseRuleList("owner|manager")).toBeNull();
  });
});
