import type { RecoveryKeyInfo } from "@/lib/graph/types";
import type { MessageKey } from "@/lib/i18n/catalogue";

export const VOLUME_LABEL: Record<RecoveryKeyInfo["volume"], MessageKey> = {
  os: "volume.os",
  fixed: "volume.fixed",
  removable: "volume.removable",
  unknown: "volume.unknown",
};

/**
 * Where the key is typed: an operating-system drive at the blue recovery screen, a data or USB
 * drive in Windows' own unlock prompt. A drive of unknown kind gets the recovery-screen wording,
 * the situation almost everyone who comes here is in.
 */
export const driveKindOf = (volume: RecoveryKeyInfo["volume"]): "os" | "data" =>
  volume === "fixed" || volume === "removable" ? "data" : "os";
