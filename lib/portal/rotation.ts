import type { RecoveryKeyInfo } from "@/lib/graph/types";

/**
 * Operating-system keys that a newer OS key of the same device has replaced: where IT rotates
 * keys, only the newest is accepted at the recovery screen. Data-drive keys are left alone,
 * because a device may have several data drives, each with its own current key.
 */
export function supersededKeyIds(keys: RecoveryKeyInfo[]): Set<string> {
  const newest = new Map<string, RecoveryKeyInfo>();
  for (const key of keys) {
    if (key.volume !== "os") continue;
    const group = `${key.deviceId ?? ""}`;
    const current = newest.get(group);
    if (!current || (key.createdAt ?? "") > (current.createdAt ?? "")) newest.set(group, key);
  }
  return new Set(keys.filter((k) => k.volume === "os" && newest.get(k.deviceId ?? "")?.id !== k.id).map((k) => k.id));
}
