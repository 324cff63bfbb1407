import "server-only";
import { isGuid } from "@/lib/recovery-key/key-id";
import type { GraphGateway } from "./client";
import { GraphFailure } from "./errors";
import { newestFirst, toDevice, toRecoveryKeyInfo } from "./mappers";
import { rawDeviceSchema, rawRecoveryKeySchema, singleRecoveryKeySchema } from "./schemas";
import type { Device, RecoveryKeyInfo } from "./types";

export const DEVICE_FIELDS =
  "id,deviceId,displayName,operatingSystem,operatingSystemVersion,trustType,approximateLastSignInDateTime,isCompliant,isManaged,manufacturer,model";

/** Ids reach Graph only after this check: nothing typed by a user is ever spliced into a URL or $filter. */
export function assertGuid(value: string): string {
  if (!isGuid(value)) throw new GraphFailure("not-found", null, null, "not a GUID");
  return value.toLowerCase();
}

/**
 * Devices the user is a registered owner of: the only ones whose keys Graph will show them.
 * ownedDevices is a directoryObject collection that can hold other objects too; the type cast
 * asks Graph for the devices alone.
 */
export async function listOwnedDevices(graph: GraphGateway): Promise<Device[]> {
  const raw = await graph.list("/me/ownedDevices/microsoft.graph.device", rawDeviceSchema, { $select: DEVICE_FIELDS });
  return raw.map(toDevice);
}

/**
 * Devices the user is a registered user of. Graph reads keys only for owned devices, so this is
 * asked only to name a PC (a hybrid-joined one, say) whose key the help desk has to read.
 */
export async function listRegisteredDevices(graph: GraphGateway): Promise<Device[]> {
  const raw = await graph.list("/me/registeredDevices/microsoft.graph.device", rawDeviceSchema, {
    $select: DEVICE_FIELDS,
  });
  return raw.map(toDevice);
}

/** Key metadata of one device (never the key itself), newest first. */
export async function listRecoveryKeys(graph: GraphGateway, deviceId: string): Promise<RecoveryKeyInfo[]> {
  const raw = await graph.list("/informationProtection/bitlocker/recoveryKeys", rawRecoveryKeySchema, {
    $filter: `deviceId eq '${assertGuid(deviceId)}'`,
  });
  return newestFirst(raw.map(toRecoveryKeyInfo));
}

/**
 * Every field the reveal uses, from the same read as the key: Graph's `$select` returns only what
 * is selected, and the audit event must name the device Graph says the key belongs to.
 */
const KEY_READ_FIELDS = "key,deviceId,volumeType,createdDateTime";

/**
 * The recovery password of one key, with its metadata. Each call writes a "Read BitLocker key"
 * event to the tenant's audit log, so it runs only when the person asks for this key.
 */
export async function readRecoveryPassword(
  graph: GraphGateway,
  keyId: string,
): Promise<{ info: RecoveryKeyInfo; key: string }> {
  const raw = await graph.get(
    `/informationProtection/bitlocker/recoveryKeys/${assertGuid(keyId)}`,
    singleRecoveryKeySchema,
    { $select: KEY_READ_FIELDS },
  );
  if (!raw.key) throw new GraphFailure("bad-response", 200, null, "no key in response");
  return { info: toRecoveryKeyInfo(raw), key: raw.key };
}

/** Metadata of one key (no key material). */
export async function getRecoveryKeyInfo(graph: GraphGateway, keyId: string): Promise<RecoveryKeyInfo> {
  const raw = await graph.get(
    `/informationProtection/bitlocker/recoveryKeys/${assertGuid(keyId)}`,
    singleRecoveryKeySchema,
  );
  return toRecoveryKeyInfo(raw);
}
