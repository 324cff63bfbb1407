/**
 * Writes the demo tenants the offline emulators serve: `npx tsx emulators/seed/generate.ts`
 * rewrites emulators/seed/tenants.json (seed.test.ts fails when the file is out of date).
 *
 * Every id and key comes from a PRNG seeded with a label (e.g. "contoso.example/device/adele-laptop"),
 * so the output is identical on every run and adding one entity does not renumber the others.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isValidRecoveryPassword } from "@/lib/recovery-key/password";
import { APPLICATION_PERMISSIONS, DIRECTORY_ROLES } from "./directory-roles";
import type {
  Seed,
  SeedDevice,
  SeedEndpoint,
  SeedGroup,
  SeedJoinType,
  SeedManagedDevice,
  SeedRecoveryKey,
  SeedServicePrincipal,
  SeedTenant,
  SeedUser,
} from "./types";

export const SEED_FILE = fileURLToPath(new URL("./tenants.json", import.meta.url));
/** The tenant id Entra puts in tokens of personal Microsoft accounts. */
export const MSA_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
export const CONTOSO_TENANT_ID = "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75";
export const FABRIKAM_TENANT_ID = "b7e4a1c9-2f63-4d8a-a5e0-6c9d3b1f7e42";
export const NORTHWIND_TENANT_ID = "5c8e2d71-9a4f-4b36-8e1d-2f7a6c0b9d54";
export const CLIENT_ID = "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63";

const SEED_VERSION = "keydesk-seed-v1";
const WIN11_24H2 = "10.0.26100.4349";
const WIN11_23H2 = "10.0.22631.5472";
const WIN10_22H2 = "10.0.19045.5965";

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const randomFor = (label: string) => mulberry32(fnv1a(`${SEED_VERSION}/${label}`));

function seededGuid(label: string): string {
  const next = randomFor(`guid/${label}`);
  const hex = Array.from({ length: 4 }, () => next().toString(16).padStart(8, "0")).join("");
  const variant = "89ab"[Number.parseInt(hex.charAt(16), 16) & 3] ?? "8";
  const v4 = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
  return [v4.slice(0, 8), v4.slice(8, 12), v4.slice(12, 16), v4.slice(16, 20), v4.slice(20)].join("-");
}

/** Each block is a random 16-bit word × 11, exactly how BitLocker builds its 128-bit password. */
function seededRecoveryPassword(label: string): string {
  const next = randomFor(`recovery-password/${label}`);
  const blocks = Array.from({ length: 8 }, () => String((next() & 0xffff) * 11).padStart(6, "0"));
  const key = blocks.join("-");
  if (!isValidRecoveryPassword(key)) throw new Error(`generated an invalid recovery password for ${label}`);
  return key;
}

function seededSecret(label: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-";
  const next = randomFor(`secret/${label}`);
  const pick = (length: number) => Array.from({ length }, () => alphabet[next() % alphabet.length]).join("");
  // Entra client secrets are 40 characters with "8Q~" after the first three.
  return `${pick(3)}8Q~${pick(34)}`;
}

/** Gives `keyId` the first `digits` hex digits of `source` (digits ≤ 8 stay in the first group). */
function sharePrefix(keyId: string, source: string, digits: number): string {
  return source.slice(0, digits) + keyId.slice(digits);
}

function user(
  domain: string,
  name: string,
  displayName: string,
  demoNote: string,
  directoryRoles: string[] = [],
): SeedUser {
  const userPrincipalName = `${name}@${domain}`;
  return {
    id: seededGuid(`${domain}/user/${name}`),
    userPrincipalName,
    displayName,
    mail: userPrincipalName,
    demoNote,
    ...(directoryRoles.length > 0 && { directoryRoles }),
  };
}

function group(domain: string, displayName: string, members: Array<{ id: string }>): SeedGroup {
  return { id: seededGuid(`${domain}/group/${displayName}`), displayName, members: members.map((m) => m.id) };
}

/** KeyDesk's enterprise application in a tenant, with the application permissions IT consented to. */
function servicePrincipal(domain: string, appRoles: string[]): SeedServicePrincipal {
  return { id: seededGuid(`${domain}/service-principal/keydesk`), appRoles };
}

const ALL_BROKERED_PERMISSIONS = Object.values(APPLICATION_PERMISSIONS);

const JOIN_TYPES: Record<NonNullable<SeedDevice["trustType"]>, SeedJoinType> = {
  AzureAd: "azureADJoined",
  ServerAd: "hybridAzureADJoined",
  Workplace: "azureADRegistered",
};

/** The device's Intune record; `primaryUser` is Intune's primary user, independent of Entra's owner. */
function managedDevice(
  onDevice: SeedDevice,
  primaryUser: SeedUser | null,
  enrolledDateTime: string,
): SeedManagedDevice {
  const label = `device/${onDevice.deviceId}/intune`;
  const next = randomFor(`serial/${label}`);
  const serial = Array.from({ length: 10 }, () => "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[next() % 34]).join("");
  return {
    id: seededGuid(label),
    deviceName: onDevice.displayName,
    azureADDeviceId: onDevice.deviceId,
    userId: primaryUser?.id ?? null,
    userPrincipalName: primaryUser?.userPrincipalName ?? null,
    userDisplayName: primaryUser?.displayName ?? null,
    joinType: onDevice.trustType ? JOIN_TYPES[onDevice.trustType] : "unknown",
    managedDeviceOwnerType: "company",
    complianceState: onDevice.isCompliant === false ? "noncompliant" : "compliant",
    osVersion: onDevice.operatingSystemVersion ?? "",
    enrolledDateTime,
    lastSyncDateTime: onDevice.approximateLastSignInDateTime ?? enrolledDateTime,
    manufacturer: onDevice.manufacturer,
    model: onDevice.model,
    serialNumber: serial,
  };
}

const HARDWARE = {
  thinkpadX1: { manufacturer: "LENOVO", model: "ThinkPad X1 Carbon Gen 12" },
  thinkpadT14: { manufacturer: "LENOVO", model: "ThinkPad T14 Gen 5" },
  eliteDesk: { manufacturer: "HP", model: "HP EliteDesk 800 G6 Desktop Mini PC" },
  eliteBook: { manufacturer: "HP", model: "HP EliteBook 840 G10" },
  surfacePro: { manufacturer: "Microsoft Corporation", model: "Surface Pro 9" },
  surfaceGo: { manufacturer: "Microsoft Corporation", model: "Surface Go 4" },
  optiPlex: { manufacturer: "Dell Inc.", model: "OptiPlex 7010" },
  latitude: { manufacturer: "Dell Inc.", model: "Latitude 5450" },
} satisfies Record<string, Pick<SeedDevice, "manufacturer" | "model">>;

type DeviceSpec = {
  name: string;
  version: string;
  lastSignIn: string;
  hardware: (typeof HARDWARE)[keyof typeof HARDWARE];
  owners: SeedUser[];
  /** Registered users who are not owners (default: the owners). */
  users?: SeedUser[];
  trustType?: SeedDevice["trustType"];
  isCompliant?: boolean;
};

function device(domain: string, spec: DeviceSpec): SeedDevice {
  const label = `${domain}/device/${spec.name.toLowerCase()}`;
  const ownerIds = spec.owners.map((owner) => owner.id);
  return {
    id: seededGuid(`${label}/object`),
    deviceId: seededGuid(`${label}/registration`),
    displayName: spec.name,
    operatingSystem: "Windows",
    operatingSystemVersion: spec.version,
    trustType: spec.trustType ?? "AzureAd",
    approximateLastSignInDateTime: spec.lastSignIn,
    isCompliant: spec.isCompliant ?? true,
    isManaged: true,
    ...spec.hardware,
    registeredOwners: ownerIds,
    registeredUsers: spec.users ? spec.users.map((user) => user.id) : ownerIds,
  };
}

/** Not a device, yet listed in its owner's `/me/ownedDevices`: why the portal lists through the device cast. */
function endpoint(domain: string, owner: SeedUser, spec: Omit<SeedEndpoint, "id" | "owners">): SeedEndpoint {
  return { id: seededGuid(`${domain}/endpoint/${owner.id}/${spec.capability}`), ...spec, owners: [owner.id] };
}

type VolumeType = SeedRecoveryKey["volumeType"];

function recoveryKey(
  onDevice: SeedDevice,
  name: string,
  volumeType: VolumeType,
  createdDateTime: string,
): SeedRecoveryKey {
  const label = `device/${onDevice.deviceId}/key/${name}`;
  return {
    id: seededGuid(label),
    createdDateTime,
    volumeType,
    deviceId: onDevice.deviceId,
    key: seededRecoveryPassword(label),
  };
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
/** 13 keys: more than two pages at the emulator's default page size of 5. */
const LAB_VOLUME_TYPES = ["1", "3", "1", "2", "1", "1", "3", "1", "2", "1", "3", "1", "1"] as const;

/** A lab PC is re-imaged and handed test drives often: many keys, oldest first, spanning months. */
function labKeys(lab: SeedDevice): SeedRecoveryKey[] {
  const next = randomFor("contoso/lab-key-dates");
  let at = Date.UTC(2025, 0, 13, 8, 0, 0);
  return LAB_VOLUME_TYPES.map((volumeType, index) => {
    at += (14 + (next() % 14)) * 86_400_000 + (next() % 36_000) * 1000;
    return recoveryKey(lab, `lab-${index + 1}`, volumeType, isoSeconds(at));
  });
}

function contoso(): SeedTenant {
  const domain = "contoso.example";
  const adele = user(
    domain,
    "adele.vance",
    "Adele Vance",
    `Owns 4 devices: a laptop whose OS key was rotated, a desktop, a Surface with no key backed up and a lab PC with ${LAB_VOLUME_TYPES.length} keys.`,
  );
  const megan = user(domain, "megan.bowen", "Megan Bowen", "Owns 2 devices whose keys nobody else in Contoso can see.");
  const diego = user(
    domain,
    "diego.siciliani",
    "Diego Siciliani",
    "Owns 2 devices; the test suite uses him to simulate Microsoft outages.",
  );
  const alex = user(domain, "alex.wilber", "Alex Wilber", "Has no devices, so the portal shows its empty state.");
  const lee = user(
    domain,
    "lee.gu",
    "Lee Gu",
    "Works on a hybrid-joined PC with no registered owner, so self-service finds nothing and points to the help desk.",
  );
  const patti = user(
    domain,
    "patti.fernandez",
    "Patti Fernandez",
    "Help-desk agent: a Helpdesk Administrator, so Graph lets her read any key in Contoso.",
    [DIRECTORY_ROLES.helpdeskAdministrator],
  );
  const grady = user(
    domain,
    "grady.archie",
    "Grady Archie",
    "Directory Readers only: no role that may read other people's keys, so no help-desk console.",
    [DIRECTORY_ROLES.directoryReaders],
  );

  const laptop = device(domain, {
    name: "ADELE-LAPTOP",
    version: WIN11_24H2,
    lastSignIn: "2026-03-02T08:14:27Z",
    hardware: HARDWARE.thinkpadX1,
    owners: [adele],
  });
  const desktop = device(domain, {
    name: "ADELE-DESKTOP",
    version: WIN10_22H2,
    lastSignIn: "2026-02-11T17:40:02Z",
    hardware: HARDWARE.eliteDesk,
    owners: [adele],
  });
  // Never backed up its key, so Intune marks it non-compliant.
  const surface = device(domain, {
    name: "ADELE-SURFACE",
    version: WIN11_23H2,
    lastSignIn: "2026-01-19T12:05:48Z",
    hardware: HARDWARE.surfacePro,
    owners: [adele],
    isCompliant: false,
  });
  const lab = device(domain, {
    name: "CONTOSO-LAB-07",
    version: WIN11_24H2,
    lastSignIn: "2026-03-04T15:26:10Z",
    hardware: HARDWARE.optiPlex,
    owners: [adele],
  });
  const meganLaptop = device(domain, {
    name: "MEGAN-LAPTOP",
    version: WIN11_24H2,
    lastSignIn: "2026-03-03T09:02:51Z",
    hardware: HARDWARE.eliteBook,
    owners: [megan],
  });
  const meganTablet = device(domain, {
    name: "MEGAN-SURFACE-GO",
    version: WIN11_23H2,
    lastSignIn: "2026-02-24T19:31:16Z",
    hardware: HARDWARE.surfaceGo,
    owners: [megan],
  });
  const diegoLaptop = device(domain, {
    name: "DIEGO-LAPTOP",
    version: WIN11_24H2,
    lastSignIn: "2026-03-02T08:15:40Z",
    hardware: HARDWARE.eliteBook,
    owners: [diego],
  });
  const diegoDesktop = device(domain, {
    name: "DIEGO-DESKTOP",
    version: WIN11_23H2,
    lastSignIn: "2026-02-27T16:40:02Z",
    hardware: HARDWARE.optiPlex,
    owners: [diego],
  });
  // Hybrid join leaves devices without an owner: only an administrator can read this key. Lee is
  // its registered user (/me/registeredDevices lists it), which lets the portal name the PC.
  const workstation = device(domain, {
    name: "CONTOSO-WS-0142",
    version: WIN11_23H2,
    lastSignIn: "2026-03-04T07:48:33Z",
    hardware: HARDWARE.latitude,
    owners: [],
    users: [lee],
    trustType: "ServerAd",
  });

  // Listed oldest first: the portal has to sort to show the newest (the one that works) on top.
  const laptopOsOld = recoveryKey(laptop, "os-2025-09", "1", "2025-09-08T09:12:44Z");
  const laptopData = recoveryKey(laptop, "data-d", "2", "2025-09-08T09:31:05Z");
  const laptopOsNew = recoveryKey(laptop, "os-2025-10", "1", "2025-10-27T16:48:19Z");
  const laptopUsb = recoveryKey(laptop, "usb-stick", "3", "2025-11-20T14:03:51Z");
  const desktopOs = recoveryKey(desktop, "os", "1", "2024-06-03T10:22:37Z");
  const labAll = labKeys(lab);
  const labNewest = labAll[labAll.length - 1];
  if (!labNewest) throw new Error("the lab PC needs keys");
  // Lookup by Key ID: 4 digits would be ambiguous here, 8 are not ...
  const usbSharing4 = { ...laptopUsb, id: sharePrefix(laptopUsb.id, labNewest.id, 4) };
  // ... and here even 8 digits match two keys, on two different devices.
  const desktopSharing8 = { ...desktopOs, id: sharePrefix(desktopOs.id, laptopData.id, 8) };
  const adeleKeys = [laptopOsOld, laptopData, laptopOsNew, usbSharing4, desktopSharing8, ...labAll];

  return {
    id: CONTOSO_TENANT_ID,
    displayName: "Contoso",
    domain,
    allowedToReadBitlockerKeysForOwnedDevice: true,
    users: [adele, megan, alex, lee, diego, patti, grady],
    devices: [laptop, desktop, surface, lab, meganLaptop, meganTablet, workstation, diegoLaptop, diegoDesktop],
    endpoints: [
      endpoint(domain, adele, {
        capability: "MyFiles",
        providerId: null,
        providerName: "Microsoft OneDrive",
        providerResourceId: null,
        uri: "https://contoso-my.sharepoint.example/personal/adele_vance_contoso_example",
      }),
    ],
    groups: [group(domain, "Contoso IT help desk", [patti])],
    // Intune knows Lee as the primary user of the hybrid PC that Entra lists without an owner.
    managedDevices: [
      managedDevice(laptop, adele, "2025-09-08T09:05:12Z"),
      managedDevice(desktop, adele, "2024-06-03T10:15:40Z"),
      managedDevice(surface, adele, "2025-03-11T14:22:09Z"),
      managedDevice(lab, adele, "2025-01-13T07:41:55Z"),
      managedDevice(meganLaptop, megan, "2025-04-22T13:10:31Z"),
      managedDevice(meganTablet, megan, "2025-08-05T11:38:02Z"),
      managedDevice(workstation, lee, "2025-05-14T07:49:47Z"),
      managedDevice(diegoLaptop, diego, "2025-07-09T11:55:18Z"),
      managedDevice(diegoDesktop, diego, "2025-03-18T09:20:06Z"),
    ],
    servicePrincipal: servicePrincipal(domain, ALL_BROKERED_PERMISSIONS),
    recoveryKeys: [
      ...adeleKeys,
      recoveryKey(meganLaptop, "os", "1", "2025-04-22T13:17:09Z"),
      recoveryKey(meganTablet, "os", "1", "2025-08-05T11:44:58Z"),
      recoveryKey(workstation, "os", "1", "2025-05-14T07:55:12Z"),
      recoveryKey(diegoLaptop, "os", "1", "2025-07-09T12:01:33Z"),
      recoveryKey(diegoDesktop, "os", "1", "2025-03-18T09:27:45Z"),
    ],
  };
}

function fabrikam(): SeedTenant {
  const domain = "fabrikam.example";
  const nestor = user(
    domain,
    "nestor.wilke",
    "Nestor Wilke",
    "Fabrikam turned self-service off, so even his own laptop's key is a matter for the help desk.",
  );
  const laptop = device(domain, {
    name: "NESTOR-LAPTOP",
    version: WIN11_24H2,
    lastSignIn: "2026-02-27T10:11:42Z",
    hardware: HARDWARE.thinkpadT14,
    owners: [nestor],
  });
  return {
    id: FABRIKAM_TENANT_ID,
    displayName: "Fabrikam",
    domain,
    allowedToReadBitlockerKeysForOwnedDevice: false,
    users: [nestor],
    devices: [laptop],
    recoveryKeys: [recoveryKey(laptop, "os", "1", "2025-07-16T15:36:20Z")],
    managedDevices: [managedDevice(laptop, nestor, "2025-07-16T15:30:02Z")],
    // Consent covers keys and devices but not Intune: brokered reads that need Intune get 403.
    servicePrincipal: servicePrincipal(domain, [
      APPLICATION_PERMISSIONS.bitlockerKeyRead,
      APPLICATION_PERMISSIONS.deviceRead,
    ]),
  };
}

/**
 * A tenant that follows the security baselines: owner self-service is off, so only KeyDesk's
 * brokered mode (its own application identity and rule) gives people their keys.
 */
function northwind(): SeedTenant {
  const domain = "northwind.example";
  const isaiah = user(
    domain,
    "isaiah.langer",
    "Isaiah Langer",
    "Northwind restricts self-service; he owns his laptop, so brokered mode shows its key.",
  );
  const johanna = user(
    domain,
    "johanna.lorenz",
    "Johanna Lorenz",
    "Hybrid-joined PC with no registered owner; Intune names her its primary user.",
  );
  const miriam = user(
    domain,
    "miriam.graham",
    "Miriam Graham",
    "Owns a laptop but is not in the KeyDesk self-service group, so she is sent to the help desk.",
  );
  const pradeep = user(
    domain,
    "pradeep.gupta",
    "Pradeep Gupta",
    "Owns a laptop and a file server; the server is in the excluded devices group.",
  );

  const isaiahLaptop = device(domain, {
    name: "ISAIAH-LAPTOP",
    version: WIN11_24H2,
    lastSignIn: "2026-03-03T08:31:12Z",
    hardware: HARDWARE.latitude,
    owners: [isaiah],
  });
  const hybridPc = device(domain, {
    name: "NW-PC-0317",
    version: WIN11_23H2,
    lastSignIn: "2026-03-04T07:12:45Z",
    hardware: HARDWARE.optiPlex,
    owners: [],
    trustType: "ServerAd",
  });
  const miriamLaptop = device(domain, {
    name: "MIRIAM-LAPTOP",
    version: WIN11_24H2,
    lastSignIn: "2026-02-26T16:03:27Z",
    hardware: HARDWARE.eliteBook,
    owners: [miriam],
  });
  const pradeepLaptop = device(domain, {
    name: "PRADEEP-LAPTOP",
    version: WIN11_24H2,
    lastSignIn: "2026-03-02T10:44:51Z",
    hardware: HARDWARE.thinkpadT14,
    owners: [pradeep],
  });
  const fileServer = device(domain, {
    name: "NW-FS-01",
    version: "10.0.26100.4351",
    lastSignIn: "2026-03-04T02:00:07Z",
    hardware: HARDWARE.eliteDesk,
    owners: [pradeep],
    trustType: "ServerAd",
  });

  return {
    id: NORTHWIND_TENANT_ID,
    displayName: "Northwind Traders",
    domain,
    allowedToReadBitlockerKeysForOwnedDevice: false,
    users: [isaiah, johanna, miriam, pradeep],
    devices: [isaiahLaptop, hybridPc, miriamLaptop, pradeepLaptop, fileServer],
    recoveryKeys: [
      recoveryKey(isaiahLaptop, "os", "1", "2025-10-06T09:14:22Z"),
      recoveryKey(hybridPc, "os", "1", "2025-06-23T08:02:41Z"),
      recoveryKey(miriamLaptop, "os", "1", "2025-11-12T13:27:09Z"),
      recoveryKey(pradeepLaptop, "os", "1", "2025-09-29T15:48:36Z"),
      recoveryKey(fileServer, "os", "1", "2025-02-17T22:05:53Z"),
    ],
    groups: [
      group(domain, "KeyDesk self-service", [isaiah, johanna, pradeep]),
      group(domain, "KeyDesk excluded devices", [fileServer]),
    ],
    managedDevices: [
      managedDevice(isaiahLaptop, isaiah, "2025-10-06T09:08:40Z"),
      managedDevice(hybridPc, johanna, "2025-06-23T07:55:19Z"),
      managedDevice(miriamLaptop, miriam, "2025-11-12T13:20:44Z"),
      managedDevice(pradeepLaptop, pradeep, "2025-09-29T15:42:03Z"),
      managedDevice(fileServer, pradeep, "2025-02-17T21:58:30Z"),
    ],
    servicePrincipal: servicePrincipal(domain, ALL_BROKERED_PERMISSIONS),
  };
}

function personalAccounts(): SeedTenant {
  const domain = "outlook.example";
  const sam = user(
    domain,
    "sam.personal",
    "Sam Rivera",
    "A personal Microsoft account: its keys live at account.microsoft.com, which this portal cannot reach.",
  );
  return {
    id: MSA_TENANT_ID,
    displayName: "Microsoft accounts",
    domain,
    // Graph has no BitLocker or device endpoints for personal accounts at all.
    allowedToReadBitlockerKeysForOwnedDevice: false,
    users: [sam],
    devices: [],
    recoveryKeys: [],
  };
}

/** Keys sharing their first 4 hex digits: only the two pairs built on purpose above. */
function assertOnlyIntendedPrefixCollisions(seed: Seed): void {
  const byPrefix = new Map<string, string[]>();
  for (const key of seed.tenants.flatMap((tenant) => tenant.recoveryKeys)) {
    byPrefix.set(key.id.slice(0, 4), [...(byPrefix.get(key.id.slice(0, 4)) ?? []), key.id]);
  }
  const shared = [...byPrefix.values()].filter((ids) => ids.length > 1);
  const sharing8 = shared.filter(([a, b]) => a?.slice(0, 8) === b?.slice(0, 8) && a !== b);
  const ok = shared.length === 2 && shared.every((ids) => ids.length === 2) && sharing8.length === 1;
  if (!ok) throw new Error(`unexpected Key ID prefix collisions: ${JSON.stringify(shared)}`);
}

export function buildSeed(): Seed {
  const seed: Seed = {
    application: {
      clientId: CLIENT_ID,
      clientSecret: seededSecret("application"),
      expiredClientSecret: seededSecret("application/expired"),
      redirectUris: ["http://localhost/api/auth/callback/microsoft-entra-id", "http://localhost/signed-out"],
    },
    tenants: [contoso(), fabrikam(), northwind(), personalAccounts()],
  };
  assertOnlyIntendedPrefixCollisions(seed);
  return seed;
}

export const renderSeed = (seed: Seed = buildSeed()): string => `${JSON.stringify(seed, null, 2)}\n`;

// Only when run as a script: seed.test.ts imports this module to compare its output with the file.
const entry = process.argv[1];
if (entry && resolve(entry) === fileURLToPath(import.meta.url)) {
  writeFileSync(SEED_FILE, renderSeed());
  console.log(`wrote ${SEED_FILE}`);
}
