import { z } from "zod";

/** The device fields KeyDesk reads; with too few rights Graph may send null, so all are optional. */
export const rawDeviceSchema = z.object({
  "@odata.type": z.string().optional(),
  id: z.string(),
  deviceId: z.string().nullish(),
  displayName: z.string().nullish(),
  operatingSystem: z.string().nullish(),
  operatingSystemVersion: z.string().nullish(),
  trustType: z.string().nullish(),
  approximateLastSignInDateTime: z.string().nullish(),
  isCompliant: z.boolean().nullish(),
  isManaged: z.boolean().nullish(),
  manufacturer: z.string().nullish(),
  model: z.string().nullish(),
});

/** `volumeType` is "1" | "2" | "3" in v1.0 examples, a name in beta: accept both. */
const volumeTypeSchema = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => {
    switch (String(value ?? "")) {
      case "1":
      case "operatingSystemVolume":
        return "os" as const;
      case "2":
      case "fixedDataVolume":
        return "fixed" as const;
      case "3":
      case "removableDataVolume":
        return "removable" as const;
      default:
        return "unknown" as const;
    }
  });

export const rawRecoveryKeySchema = z.object({
  id: z.string(),
  createdDateTime: z.string().nullish(),
  volumeType: volumeTypeSchema,
  deviceId: z.string().nullish(),
  key: z.string().nullish(),
});

/** The docs show a single GET wrapped in `"value": {…}`; real responses are the bare object. */
export const singleRecoveryKeySchema = z.union([
  rawRecoveryKeySchema,
  z.object({ value: rawRecoveryKeySchema }).transform((wrapped) => wrapped.value),
]);

export const meSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  mail: z.string().nullish(),
});
