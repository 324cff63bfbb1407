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

/** The key Windows backed up for the same drive after the person revealed this one. */
export type ReplacedAfterReveal = { newestId: string; createdAt: string };

/**
 * Whether Windows replaced `key` after the person revealed it (`revealedAtMs`): a newer
 * operating-system key of the same device was backed up since — after a key is used, Windows
 * makes a new one where IT rotates keys, and the used one stops working. Only the OS drive: a
 * device has one, while several data drives each have their own keys and Graph does not say
 * which drive a key belongs to.
 */
export function replacedAfterReveal(
  keys: RecoveryKeyInfo[],
  key: RecoveryKeyInfo,
  revealedAtMs: number,
): ReplacedAfterReveal | null {
  if (key.volume !== "os") return null;
  // Graph's createdDateTime has whole seconds: a key backed up in the second of the reveal is not newer.
  const since = Math.floor(revealedAtMs / 1000) * 1000;
  const newer = keys
    .filter((other) => other.id !== key.id && other.volume === "os" && other.deviceId === key.deviceId)
    .flatMap((other) => {
      const created = other.createdAt ? Date.parse(other.createdAt) : NaN;
      return Number.isFinite(created) && created > since ? [{ other, created }] : [];
    })
    .sort((a, b) => b.created - a.created);
  const newest = newer[0];
  return newest ? { newestId: newest.other.id, createdAt: newest.other.createdAt ?? "" } : null;
}
