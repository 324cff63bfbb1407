import type { SeedGroup, SeedUser } from "../../seed/types";
import { toUserJson } from "./user";

/** A user inside a directoryObject collection (registeredOwners …): Graph tags each member with its type. */
export const userAsDirectoryObject = (user: SeedUser): Record<string, unknown> => ({
  "@odata.type": "#microsoft.graph.user",
  ...toUserJson(user),
});

/** A security group as `memberOf` / `transitiveMemberOf` list it. */
export const groupAsDirectoryObject = (group: SeedGroup): Record<string, unknown> => ({
  "@odata.type": "#microsoft.graph.group",
  id: group.id,
  deletedDateTime: null,
  description: null,
  displayName: group.displayName,
  groupTypes: [],
  mail: null,
  mailEnabled: false,
  mailNickname: group.displayName.replace(/[^A-Za-z0-9]/g, "").toLowerCase(),
  securityEnabled: true,
});
