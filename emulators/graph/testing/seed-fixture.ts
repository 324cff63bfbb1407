import type { Seed, SeedDevice, SeedRecoveryKey } from "../../seed/types";
import type { AccessTokenClaims } from "../types";

/** A 48-digit recovery password whose blocks pass BitLocker's divisible-by-11 check. */
export function recoveryPassword(seed: number): string {
  return Array.from({ length: 8 }, (_, i) =>
    String((((seed + 1) * 7919 + i * 104729) % 65536) * 11).padStart(6, "0"),
  ).join("-");
}

export const CONTOSO = "c0c0c0c0-0000-4000-8000-000000000001";
export const FABRIKAM = "fabfab00-0000-4000-8000-000000000002";
export const ALICE = "a11ce000-0000-4000-8000-0000000000a1";
export const BOB = "b0b00000-0000-4000-8000-0000000000b0";
export const DAVE = "da5e0000-0000-4000-8000-0000000000d0";
export const PERSONAL_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
export const SAM = "5a300000-0000-4000-8000-0000000000e0";
export const CAROL = "ca201000-0000-4000-8000-0000000000c0";
export const CAROL_ENDPOINT = "e0d00000-0000-4000-8000-0000000000c1";

export const DEVICE = {
  aliceLaptop: "d1d1d1d1-0000-4000-8000-000000000001",
  aliceDesktop: "d2d2d2d2-0000-4000-8000-000000000002",
  aliceTablet: "d3d3d3d3-0000-4000-8000-000000000003",
  sharedKiosk: "d4d4d4d4-0000-4000-8000-000000000004",
  bobLaptop: "d5d5d5d5-0000-4000-8000-000000000005",
  hybridPc: "d6d6d6d6-0000-4000-8000-000000000006",
  carolLaptop: "d7d7d7d7-0000-4000-8000-000000000007",
};

function device(name: string, deviceId: string, owners: string[], users: string[] = owners): SeedDevice {
  return {
    id: `0b1ec700-${deviceId.slice(0, 4)}-4000-8000-${deviceId.slice(-12)}`,
    deviceId,
    displayName: name,
    operatingSystem: "Windows",
    operatingSystemVersion: "10.0.22631.4317",
    trustType: owners.length ? "AzureAd" : "ServerAd",
    approximateLastSignInDateTime: "2025-05-01T08:00:00Z",
    isCompliant: true,
    isManaged: true,
    manufacturer: "Contoso Hardware",
    model: "Book 5",
    registeredOwners: owners,
    registeredUsers: users,
  };
}

let keyCounter = 0;
function keys(deviceId: string, count: number): SeedRecoveryKey[] {
  return Array.from({ length: count }, () => {
    const n = keyCounter++;
    return {
      id: `${String(n).padStart(8, "0")}-0000-4000-8000-${deviceId.slice(-12)}`,
      createdDateTime: `2025-0${1 + (n % 9)}-15T10:00:00Z`,
      volumeType: (["1", "2", "3"] as const)[n % 3] ?? "1",
      deviceId,
      key: recoveryPassword(n),
    };
  });
}

/** Contoso with self-service on, Fabrikam with it switched off, and the personal-accounts tenant. */
export function buildSeed(): Seed {
  keyCounter = 0;
  return {
    application: {
      clientId: "app-client-id",
      clientSecret: "secret",
      expiredClientSecret: "expired-secret",
      redirectUris: ["http://localhost/callback"],
    },
    tenants: [
      {
        id: CONTOSO,
        displayName: "Contoso",
        domain: "contoso.test",
        allowedToReadBitlockerKeysForOwnedDevice: true,
        users: [
          {
            id: ALICE,
            userPrincipalName: "alice@contoso.test",
            displayName: "Alice Adams",
            mail: "alice@contoso.test",
            demoNote: "",
          },
          { id: BOB, userPrincipalName: "bob@contoso.test", displayName: "Bob Brown", mail: null, demoNote: "" },
          { id: DAVE, userPrincipalName: "dave@contoso.test", displayName: "Dave Doe", mail: null, demoNote: "" },
        ],
        devices: [
          device("ALICE-LAPTOP", DEVICE.aliceLaptop, [ALICE]),
          device("ALICE-DESKTOP", DEVICE.aliceDesktop, [ALICE]),
          device("ALICE-TABLET", DEVICE.aliceTablet, [ALICE]),
          device("SHARED-KIOSK", DEVICE.sharedKiosk, [BOB], [BOB, ALICE]),
          device("BOB-LAPTOP", DEVICE.bobLaptop, [BOB]),
          device("HYBRID-PC", DEVICE.hybridPc, []),
        ],
        recoveryKeys: [
          ...keys(DEVICE.aliceLaptop, 7),
          ...keys(DEVICE.aliceDesktop, 2),
          ...keys(DEVICE.sharedKiosk, 1),
          ...keys(DEVICE.bobLaptop, 2),
          ...keys(DEVICE.hybridPc, 1),
        ],
      },
      {
        id: FABRIKAM,
        displayName: "Fabrikam",
        domain: "fabrikam.test",
        allowedToReadBitlockerKeysForOwnedDevice: false,
        users: [
          { id: CAROL, userPrincipalName: "carol@fabrikam.test", displayName: "Carol Cruz", mail: null, demoNote: "" },
        ],
        devices: [device("CAROL-LAPTOP", DEVICE.carolLaptop, [CAROL])],
        // Not a device, but listed in her ownedDevices all the same.
        endpoints: [
          {
            id: CAROL_ENDPOINT,
            capability: "MyFiles",
            providerId: null,
            providerName: "Microsoft OneDrive",
            providerResourceId: null,
            uri: "https://fabrikam-my.sharepoint.test/personal/carol",
            owners: [CAROL],
          },
        ],
        recoveryKeys: keys(DEVICE.carolLaptop, 1),
      },
      {
        id: PERSONAL_TENANT,
        displayName: "Microsoft accounts",
        domain: "outlook.test",
        allowedToReadBitlockerKeysForOwnedDevice: true,
        users: [
          { id: SAM, userPrincipalName: "sam@outlook.test", displayName: "Sam Personal", mail: null, demoNote: "" },
        ],
        devices: [],
        recoveryKeys: [],
      },
    ],
  };
}

const FULL = ["User.Read", "BitlockerKey.Read.All"];

/** Bearer token strings the fake verifier accepts; anything else is "expired". */
export const TOKENS: Record<string, AccessTokenClaims> = {
  alice: { oid: ALICE, tid: CONTOSO, upn: "alice@contoso.test", scp: FULL },
  "alice-basic": {
    oid: ALICE,
    tid: CONTOSO,
    upn: "alice@contoso.test",
    scp: ["User.Read", "BitLockerKey.ReadBasic.All"],
  },
  "alice-user-read": { oid: ALICE, tid: CONTOSO, upn: "alice@contoso.test", scp: ["User.Read"] },
  "alice-no-scope": { oid: ALICE, tid: CONTOSO, upn: "alice@contoso.test", scp: ["openid", "profile"] },
  bob: { oid: BOB, tid: CONTOSO, upn: "bob@contoso.test", scp: FULL },
  dave: { oid: DAVE, tid: CONTOSO, upn: "dave@contoso.test", scp: FULL },
  carol: { oid: CAROL, tid: FABRIKAM, upn: "carol@fabrikam.test", scp: FULL },
  sam: { oid: SAM, tid: PERSONAL_TENANT, upn: "sam@outlook.test", scp: FULL },
  stranger: { oid: ALICE, tid: "00000000-0000-4000-8000-00000000dead", upn: "x@elsewhere.test", scp: FULL },
};

/** For fixture look-ups that must exist (noUncheckedIndexedAccess). */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`fixture has no ${what}`);
  return value;
}
