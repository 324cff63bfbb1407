import { badRequest } from "../errors";

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The whole clause must be exactly `deviceId eq '<guid>'` (the one filter the docs list for
 * recovery keys). Anything else, including `… or 1 eq 1`, nested quotes or a second clause,
 * is refused before it could be evaluated.
 */
const DEVICE_ID_CLAUSE = /^\s*deviceId\s+eq\s+'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'\s*$/i;

/** Returns the lower-case deviceId to filter on, or null when there is no `$filter`. */
export function parseDeviceIdFilter(value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = DEVICE_ID_CLAUSE.exec(value);
  if (!match?.[1]) {
    throw badRequest("bitlocker", "Invalid filter clause: only \"deviceId eq '{deviceId}'\" is supported.");
  }
  return match[1].toLowerCase();
}
