import type { z } from "zod";
import type { rawDeviceSchema, rawRecoveryKeySchema } from "./schemas";
import { ownEntry } from "@/lib/own";
import type { Device, JoinType, RecoveryKeyInfo } from "./types";

const JOIN_TYPES: Record<string, JoinType> = {
  AzureAd: "entra-joined",
  ServerAd: "hybrid-joined",
  Workplace: "registered",
};

export function toDevice(raw: z.infer<typeof rawDeviceSchema>): Device {
  return {
    objectId: raw.id,
    deviceId: raw.deviceId ?? null,
    displayName: raw.displayName ?? null,
    operatingSystem: raw.operatingSystem ?? null,
    operatingSystemVersion: raw.operatingSystemVersion ?? null,
    joinType: ownEntry(JOIN_TYPES, raw.trustType) ?? "unknown",
    lastSignIn: raw.approximateLastSignInDateTime ?? null,
    isCompliant: raw.isCompliant ?? null,
    isManaged: raw.isManaged ?? null,
    manufacturer: raw.manufacturer ?? null,
    model: raw.model ?? null,
  };
}

export function toRecoveryKeyInfo(raw: z.infer<typeof rawRecoveryKeySchema>): RecoveryKeyInfo {
  return {
    id: raw.id.toLowerCase(),
    deviceId: raw.deviceId ?? null,
    createdAt: raw.createdDateTime ?? null,
    volume: raw.volumeType,
  };
}

/** Newest first: where keys are rotated, the newest one is the one that works. */
export function newestFirst(keys: RecoveryKeyInfo[]): RecoveryKeyInfo[] {
  return [...keys].sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
}
