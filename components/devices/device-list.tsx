import Link from "@/components/ui/link";
import { Suspense } from "react";
import { FailureNotice } from "@/components/feedback/failure-notice";
import { RestrictedNotice } from "@/components/feedback/restricted-notice";
import { KeyList } from "@/components/keys/key-list";
import { getT } from "@/lib/i18n/server";
import { getDeviceKeys, getDevices, outsideSelfServiceGroup } from "@/lib/portal/devices";
import { isSelfServiceRestricted } from "@/lib/portal/self-service";
import { withGraph } from "@/lib/portal/failure";
import type { Portal } from "@/lib/portal/session";
import { DeviceSummary } from "./device-summary";

/** The user's devices, each with its keys streamed in as they arrive. */
export async function DeviceList({ portal, retryHref = "/devices" }: { portal: Portal; retryHref?: string }) {
  const t = await getT();
  const result = await withGraph("list_owned_devices", portal, () => getDevices(portal));
  if (!result.ok) return <FailureNotice failure={result.failure} retryHref={retryHref} />;
  // Brokered mode, outside KEY_ACCESS_GROUP_ID: the help desk, said once, rather than "no devices".
  if (await outsideSelfServiceGroup(portal)) return <RestrictedNotice />;
  const devices = result.value;
  // Every device's keys are asked for now, at once; each list streams into its row. The first answer
  // also tells whether the tenant switched owner self-service off: then that is said once, above
  // the PCs (whose names the help desk will ask for), instead of as a refusal under each of them.
  for (const device of devices) void getDeviceKeys(portal, device).catch(() => undefined);
  const restricted = await isSelfServiceRestricted(portal);
  if (devices.length === 0) {
    return (
      <div className="card space-y-2" data-testid="no-devices">
        <p className="font-semibold">{t("devices.none.title")}</p>
        <p className="text-sm">{t("devices.none.body")}</p>
      </div>
    );
  }
  const list = (
    <ul className="space-y-4" aria-label={t("devices.listLabel")}>
      {devices.map((device) => (
        <li key={device.objectId} className="card space-y-3" data-testid="device">
          <h2 className="text-lg font-semibold break-words">
            <Link className="text-ink no-underline hover:underline" href={`/devices/${device.objectId}`}>
              {device.displayName ?? t("device.unnamed")}
            </Link>
          </h2>
          <DeviceSummary device={device} />
          {restricted ? null : (
            <Suspense
              fallback={
                <p className="text-muted text-sm" role="status">
                  {t("keys.loading")}
                </p>
              }
            >
              <KeyList portal={portal} device={device} retryHref={retryHref} />
            </Suspense>
          )}
        </li>
      ))}
    </ul>
  );
  if (!restricted) return list;
  return (
    <div className="space-y-6">
      <RestrictedNotice />
      {list}
    </div>
  );
}
