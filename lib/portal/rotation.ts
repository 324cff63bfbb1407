import type { RecoveryKeyInfo } from "@/lib/graph/types";

/** An operating-system key that a newer one of the same device replaced, and when. */
export type Replacement = { replacedAt: string | null; newestId: string };

/**
 * Operating-system keys that a newer OS key of the same device has replaced. Where IT rotates
 * keys the newest is usually the one the recovery screen asks for — but the screen names the
 * key it wants by its ID, so an older key is only ever marked, never refused. Data-drive keys
 * are left alone, because a device may have several data drives, each with its own current key.
 */
export function replacedKeys(keys: RecoveryKeyInfo[]): Map<string, Replacement> {
  const byDevice = new Map<string, RecoveryKeyInfo[]>();
  for (const key of keys) {
    if (key.volume !== "os") continue;
    const group = key.deviceId ?? "";
    byDevice.set(group, [...(byDevice.get(group) ?? []), key]);
  }
  const replaced = new Map<string, Replacement>();
  for (const group of byDevice.values()) {
    const newestFirst = [...group].sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
    const newest = newestFirst[0];
    if (!newest) continue;
    newestFirst.forEach((key, index) => {
      const successor = newestFirst[index - 1];
      if (successor) replaced.set(key.id, { replacedAt: successor.createdAt, newestId: newest.id });
    });
  }
  return replaced;
}
