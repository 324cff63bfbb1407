import "server-only";
import { z } from "zod";
import type { GraphGateway } from "./client";
import { GraphFailure } from "./errors";
import { toDevice } from "./mappers";
import { assertGuid, DEVICE_FIELDS } from "./operations";
import { rawDeviceSchema } from "./schemas";
import type { Device } from "./types";

/**
 * Graph calls only brokered mode makes, as KeyDesk's application. Each one needs an application
 * permission that docs/it-setup.md lists and `npm run doctor` checks.
 */

const managedDeviceSchema = z.object({
  azureADDeviceId: z.string().nullish(),
  userId: z.string().nullish(),
});

export type PrimaryUserOf = { deviceId: string; userId: string };

/**
 * Intune managed devices whose primary user is this person (`DeviceManagementManagedDevices.Read.All`):
 * `azureADDeviceId` is the Entra device's `deviceId`, which the BitLocker keys carry.
 */
export async function listPrimaryUserDevices(app: GraphGateway, userId: string): Promise<PrimaryUserOf[]> {
  const raw = await app.list(`/users/${assertGuid(userId)}/managedDevices`, managedDeviceSchema, {
    $select: "id,azureADDeviceId,userId",
  });
  return raw.flatMap((d) =>
    d.azureADDeviceId && d.userId ? [{ deviceId: d.azureADDeviceId.toLowerCase(), userId: d.userId }] : [],
  );
}

/** The Entra device with this `deviceId` (`Device.Read.All`); null when Entra has none (an Intune-only record). */
export async function getDeviceByDeviceId(app: GraphGateway, deviceId: string): Promise<Device | null> {
  try {
    const raw = await app.get(`/devices(deviceId='${assertGuid(deviceId)}')`, rawDeviceSchema, {
      $select: DEVICE_FIELDS,
    });
    return toDevice(raw);
  } catch (error) {
    if (error instanceof GraphFailure && error.kind === "not-found") return null;
    throw error;
  }
}

const memberGroupsSchema = z.object({ value: z.array(z.string()) });

/**
 * Which of these groups (transitively) contain this user or device: `checkMemberGroups`
 * (`GroupMember.Read.All`; `Device.Read.All` for a device).
 */
export async function memberGroups(
  app: GraphGateway,
  kind: "users" | "devices",
  objectId: string,
  groupIds: string[],
): Promise<Set<string>> {
  const answer = await app.post(`/${kind}/${assertGuid(objectId)}/checkMemberGroups`, { groupIds }, memberGroupsSchema);
  return new Set(answer.value.map((id) => id.toLowerCase()));
}
