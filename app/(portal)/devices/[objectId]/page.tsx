import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { FailureNotice } from "@/components/feedback/failure-notice";
import { DeviceSummary } from "@/components/devices/device-summary";
import { KeyList } from "@/components/keys/key-list";
import { getT } from "@/lib/i18n/server";
import { getDevices } from "@/lib/portal/devices";
import { withGraph } from "@/lib/portal/failure";
import { requirePortal } from "@/lib/portal/session";
import { isGuid } from "@/lib/recovery-key/key-id";

type Props = { params: Promise<{ objectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("device.title") };
}

export default async function DevicePage({ params }: Props) {
  const { objectId } = await params;
  if (!isGuid(objectId)) notFound();
  const returnTo = `/devices/${objectId}`;
  const portal = await requirePortal(returnTo);
  const t = await getT();
  const devices = await withGraph("list_owned_devices", portal, () => getDevices(portal));
  const device = devices.ok
    ? devices.value.find((d) => d.objectId.toLowerCase() === objectId.toLowerCase())
    : undefined;
  if (devices.ok && !device) notFound();
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href="/devices">
        {t("device.back")}
      </Link>
      {/* A page Graph could not fill still has its heading: screen readers jump to it first. */}
      <h1 className="text-2xl font-bold break-words">
        {device ? (device.displayName ?? t("device.unnamed")) : t("device.title")}
      </h1>
      {!devices.ok ? (
        <FailureNotice failure={devices.failure} retryHref={returnTo} />
      ) : device ? (
        <div className="card space-y-4">
          <DeviceSummary device={device} />
          <Suspense
            fallback={
              <p className="text-muted text-sm" role="status">
                {t("keys.loading")}
              </p>
            }
          >
            <KeyList portal={portal} device={device} retryHref={returnTo} headingLevel={2} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
