import { badRequest } from "../errors";
import { contextUrl } from "../odata/context";
import { GUID_PATTERN } from "../odata/filter";
import { assertOnlyOptions } from "../odata/query";
import { groupsOf } from "./lookup";
import type { DirectoryRouteContext } from "./route";

/** The action takes at most 20 group ids ("directoryObject: checkMemberGroups"). */
const MAX_GROUP_IDS = 20;

function groupIdsIn(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw badRequest("directory", "Invalid JSON in the request body.");
  }
  const groupIds = (parsed as { groupIds?: unknown } | null)?.groupIds;
  if (!Array.isArray(groupIds) || !groupIds.every((id) => typeof id === "string" && GUID_PATTERN.test(id))) {
    throw badRequest("directory", "The request body must contain 'groupIds', an array of group ids.");
  }
  if (groupIds.length > MAX_GROUP_IDS) {
    throw badRequest("directory", `The number of group ids must not exceed ${MAX_GROUP_IDS}.`);
  }
  return groupIds as string[];
}

/**
 * `POST …/checkMemberGroups` `{"groupIds": [...]}`: which of the given groups the object is a
 * member of, directly or through nested groups.
 */
export function checkMemberGroups(context: DirectoryRouteContext, objectId: string): Record<string, unknown> {
  assertOnlyOptions(context.query, [], "directory");
  const wanted = groupIdsIn(context.body);
  const memberOf = new Set(groupsOf(context.tenant, objectId, true).map((group) => group.id.toLowerCase()));
  return {
    "@odata.context": contextUrl(context.deps.baseUrl, "Collection(Edm.String)"),
    value: wanted.filter((id) => memberOf.has(id.toLowerCase())),
  };
}
