import "server-only";
import { env } from "@/lib/env";
import type { RuleSettings } from "./rule";

/** KeyDesk's brokered rule as IT configured it (KEY_ACCESS_RULE, KEY_ACCESS_GROUP_ID, KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID). */
export function ruleSettings(): RuleSettings {
  const settings = env();
  return {
    rules: settings.KEY_ACCESS_RULE,
    groupId: settings.KEY_ACCESS_GROUP_ID ?? null,
    excludedDeviceGroupId: settings.KEY_ACCESS_EXCLUDED_DEVICE_GROUP_ID ?? null,
  };
}
