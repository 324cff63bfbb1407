import type { RecoveryKeyInfo } from "@/lib/graph/types";
import type { MessageKey } from "@/lib/i18n/catalogue";

export const VOLUME_LABEL: Record<RecoveryKeyInfo["volume"], MessageKey> = {
  os: "volume.os",
  fixed: "volume.fixed",
  removable: "volume.removable",
  unknown: "volume.unknown",
};
