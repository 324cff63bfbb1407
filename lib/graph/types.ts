/** KeyDesk's own view of Graph objects; components never see raw Graph JSON. */
export type JoinType = "entra-joined" | "hybrid-joined" | "registered" | "unknown";
export type VolumeKind = "os" | "fixed" | "removable" | "unknown";

export type Device = {
  /** Directory object id, used in KeyDesk's URLs. */
  objectId: string;
  /** Azure Device Registration id, used to find the device's keys. */
  deviceId: string | null;
  displayName: string | null;
  operatingSystem: string | null;
  operatingSystemVersion: string | null;
  joinType: JoinType;
  lastSignIn: string | null;
  isCompliant: boolean | null;
  isManaged: boolean | null;
  manufacturer: string | null;
  model: string | null;
};

export type RecoveryKeyInfo = {
  /** The Key ID, lower-case GUID as Graph returns it. */
  id: string;
  deviceId: string | null;
  createdAt: string | null;
  volume: VolumeKind;
};
