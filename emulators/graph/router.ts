import { GraphHttpError, bitlockerEndpointNotFound, invalidVersion, methodNotAllowed, unknownSegment } from "./errors";
import {
  DEVICE_CAST,
  ownedDevicesCastRoute,
  ownedDevicesRoute,
  registeredDevicesCastRoute,
  registeredDevicesRoute,
} from "./routes/devices";
import { meRoute } from "./routes/me";
import { recoveryKeyRoute } from "./routes/recovery-key";
import { recoveryKeysRoute } from "./routes/recovery-keys";
import type { Route } from "./routes/route";

export function segmentsOf(path: string): string[] {
  try {
    return path
      .split("/")
      .filter((segment) => segment !== "")
      .map((segment) => decodeURIComponent(segment));
  } catch {
    throw new GraphHttpError(400, "BadRequest", "The request URL is not correctly percent-encoded.");
  }
}

const DEVICE_LISTS = new Map([
  ["owneddevices", { all: ownedDevicesRoute, devices: ownedDevicesCastRoute }],
  ["registereddevices", { all: registeredDevicesRoute, devices: registeredDevicesCastRoute }],
]);

/** Graph matches path segments case-insensitively; ids keep their spelling. */
function match(segments: readonly string[]): Route {
  const lower = segments.map((segment) => segment.toLowerCase());
  if (lower[0] === "me") {
    if (lower.length === 1) return meRoute;
    const list = DEVICE_LISTS.get(lower[1] ?? "");
    if (list && lower.length === 2) return list.all;
    if (list && lower.length === 3 && lower[2] === DEVICE_CAST) return list.devices;
    throw unknownSegment(segments[list ? 2 : 1] ?? "");
  }
  if (lower[0] === "informationprotection" && lower[1] === "bitlocker") {
    if (lower[2] === "recoverykeys" && lower.length === 3) return recoveryKeysRoute;
    const id = segments[3];
    if (lower[2] === "recoverykeys" && lower.length === 4 && id !== undefined) return recoveryKeyRoute(id);
    throw bitlockerEndpointNotFound();
  }
  throw unknownSegment(segments[lower[0] === "informationprotection" ? 1 : 0] ?? "");
}

/** Resolves a request path (without query) to a route, or throws Graph's answer for it. */
export function resolveRoute(method: string, path: string): Route {
  const [version, ...rest] = segmentsOf(path);
  // Only v1.0 is served, so the portal cannot drift onto beta behaviour unnoticed.
  if (version?.toLowerCase() !== "v1.0") throw invalidVersion(version ?? "");
  const route = match(rest);
  if (method !== "GET") throw route.family === "bitlocker" ? bitlockerEndpointNotFound() : methodNotAllowed();
  return route;
}

/** For answers given before routing (injected faults): which service's error dialect to use. */
export const familyOf = (path: string) =>
  /\/informationprotection\/bitlocker(\/|$)/i.test(path) ? ("bitlocker" as const) : ("directory" as const);
