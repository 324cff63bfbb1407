import "server-only";
import { z } from "zod";
import type { GraphGateway } from "@/lib/graph/client";
import { GraphFailure } from "@/lib/graph/errors";
import { toDevice } from "@/lib/graph/mappers";
import { getRecoveryKeyInfo, listRecoveryKeys } from "@/lib/graph/operations";
import { rawDeviceSchema } from "@/lib/graph/schemas";
import type { Device, RecoveryKeyInfo } from "@/lib/graph/types";
import { isGuid, matchKeyIds, nearKeyIds } from "@/lib/recovery-key/key-id";
import { odataString, type HelpdeskQuery } from "./query";

/** The most devices one search shows: a caller's PC is found by narrowing the name, not by paging. */
export const MAX_DEVICES = 10;

const DEVICE_FIELDS =
  "id,deviceId,displayName,operatingSystem,operatingSystemVersion,trustType,approximateLastSignInDateTime,isCompliant,isManaged,manufacturer,model";
const PERSON_FIELDS = "id,displayName,userPrincipalName";

const devicePage = z.object({ value: z.array(rawDeviceSchema), "@odata.nextLink": z.string().optional() });
const personSchema = z.object({
  "@odata.type": z.string().optional(),
  id: z.string(),
  displayName: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
});

export type HelpdeskPerson = {
  objectId: string;
  displayName: string | null;
  userPrincipalName: string | null;
  /** Registered owner, or (hybrid-joined PCs often have no owner) registered user. */
  relation: "owner" | "user";
};
export type HelpdeskDevice = {
  device: Device;
  person: HelpdeskPerson | null;
  /** Newest first: where keys rotate, the newest one is the one that works. */
  keys: RecoveryKeyInfo[];
  /** Keys that match the Key ID given, or null when none was given. */
  matching: string[] | null;
  /** The matches differ from what was typed by one character ("did you mean"). */
  near: boolean;
};
export type HelpdeskSearch =
  | { found: "devices"; devices: HelpdeskDevice[]; more: boolean }
  | { found: "nothing"; reason: "no-key" | "no-pc" | "no-person" | "no-devices" | "no-matching-key" };

const isDevice = (raw: { "@odata.type"?: string | undefined }) =>
  raw["@odata.type"] === undefined || raw["@odata.type"] === "#microsoft.graph.device";
const isUser = (raw: { "@odata.type"?: string | undefined }) =>
  raw["@odata.type"] === undefined || raw["@odata.type"] === "#microsoft.graph.user";

/** A 404 answered for something the agent named (a Key ID, a person) means "no such thing". */
async function orMissing<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof GraphFailure && error.kind === "not-found") return null;
    throw error;
  }
}

/** Finds the caller's PC the way the agent asked, with its owner and its keys, reading everything with the agent's token. */
export async function searchHelpdesk(graph: GraphGateway, query: HelpdeskQuery): Promise<HelpdeskSearch> {
  if (query.by === "key-id") return byKeyId(graph, query.keyId);
  const found =
    query.by === "pc" ? await devicesNamed(graph, query.name) : await devicesOfPerson(graph, query.signInName);
  if (found === "no-person") return { found: "nothing", reason: "no-person" };
  if (found.devices.length === 0) return { found: "nothing", reason: query.by === "pc" ? "no-pc" : "no-devices" };
  const devices = await Promise.all(found.devices.map((device) => describe(graph, device, query.keyPrefix)));
  if (query.keyPrefix !== null) {
    const matched = devices.filter((d) => (d.matching?.length ?? 0) > 0);
    if (matched.length === 0) return { found: "nothing", reason: "no-matching-key" };
    return { found: "devices", devices: matched, more: false };
  }
  return { found: "devices", devices, more: found.more };
}

async function byKeyId(graph: GraphGateway, keyId: string): Promise<HelpdeskSearch> {
  const key = await orMissing(getRecoveryKeyInfo(graph, keyId));
  if (!key?.deviceId || !isGuid(key.deviceId)) return { found: "nothing", reason: "no-key" };
  const device = await deviceByDeviceId(graph, key.deviceId);
  if (!device) return { found: "nothing", reason: "no-key" };
  const described = await describe(graph, device, null);
  return { found: "devices", devices: [{ ...described, matching: [key.id] }], more: false };
}

/** PC names by prefix ("startswith", case-insensitive in the directory), one page of them. */
async function devicesNamed(graph: GraphGateway, name: string) {
  const page = await graph.get("/devices", devicePage, {
    $filter: `startswith(displayName,${odataString(name)})`,
    $select: DEVICE_FIELDS,
    $top: String(MAX_DEVICES),
  });
  return { devices: page.value.filter(isDevice).map(toDevice), more: page["@odata.nextLink"] !== undefined };
}

/** The person's devices: those they own and those they are the registered user of (hybrid-joined PCs). */
async function devicesOfPerson(graph: GraphGateway, signInName: string) {
  const person = await orMissing(
    graph.get(`/users/${encodeURIComponent(signInName)}`, personSchema, { $select: PERSON_FIELDS }),
  );
  if (!person || !isGuid(person.id)) return "no-person" as const;
  const [owned, registered] = await Promise.all(
    (["ownedDevices", "registeredDevices"] as const).map((relation) =>
      graph.list(`/users/${person.id}/${relation}`, rawDeviceSchema, { $select: DEVICE_FIELDS }),
    ),
  );
  const seen = new Set<string>();
  const devices = [...owned!, ...registered!]
    .filter(isDevice)
    .filter((raw) => !seen.has(raw.id) && seen.add(raw.id))
    .map(toDevice);
  return { devices: devices.slice(0, MAX_DEVICES), more: devices.length > MAX_DEVICES };
}

async function describe(graph: GraphGateway, device: Device, keyPrefix: string | null): Promise<HelpdeskDevice> {
  const [person, keys] = await Promise.all([
    personOf(graph, device.objectId),
    device.deviceId && isGuid(device.deviceId) ? listRecoveryKeys(graph, device.deviceId) : Promise.resolve([]),
  ]);
  if (keyPrefix === null) return { device, person, keys, matching: null, near: false };
  const exact = matchKeyIds(keyPrefix, keys);
  const near = exact.length === 0 ? nearKeyIds(keyPrefix, keys) : [];
  return { device, person, keys, matching: [...exact, ...near].map((k) => k.id), near: near.length > 0 };
}

/** Owner first; a PC without one (hybrid-joined) is named by its registered user. */
export async function personOf(graph: GraphGateway, deviceObjectId: string): Promise<HelpdeskPerson | null> {
  if (!isGuid(deviceObjectId)) return null;
  for (const relation of ["registeredOwners", "registeredUsers"] as const) {
    const people = await graph.list(`/devices/${deviceObjectId.toLowerCase()}/${relation}`, personSchema, {
      $select: PERSON_FIELDS,
    });
    const first = people.find(isUser);
    if (first)
      return {
        objectId: first.id,
        displayName: first.displayName ?? null,
        userPrincipalName: first.userPrincipalName ?? null,
        relation: relation === "registeredOwners" ? "owner" : "user",
      };
  }
  return null;
}

/** The device a key belongs to, by its Azure device id, as the directory has it now. */
export async function deviceByDeviceId(graph: GraphGateway, deviceId: string): Promise<Device | null> {
  if (!isGuid(deviceId)) return null;
  const page = await graph.get("/devices", devicePage, {
    $filter: `deviceId eq ${odataString(deviceId.toLowerCase())}`,
    $select: DEVICE_FIELDS,
  });
  const raw = page.value[0];
  return raw ? toDevice(raw) : null;
}
