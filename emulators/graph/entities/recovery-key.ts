import type { SeedRecoveryKey } from "../../seed/types";

export const RECOVERY_KEY_TYPE = "microsoft.graph.bitlockerRecoveryKey";

/** Metadata only. The key itself is added by the single-GET route and nowhere else. */
export function toRecoveryKeyMetadata(key: SeedRecoveryKey): Record<string, unknown> {
  return {
    "@odata.type": `#${RECOVERY_KEY_TYPE}`,
    id: key.id.toLowerCase(),
    createdDateTime: key.createdDateTime,
    volumeType: key.volumeType,
    deviceId: key.deviceId.toLowerCase(),
  };
}

export const RECOVERY_KEY_METADATA_PROPERTIES = ["id", "createdDateTime", "volumeType", "deviceId"];
export const RECOVERY_KEY_PROPERTIES = [...RECOVERY_KEY_METADATA_PROPERTIES, "key"];
