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
  if (!devices.ok) return <FailureNotice failure={devices.failure} retryHref={returnTo} />;
  const device = devices.value.find((d) => d.objectId.toLowerCase() === objectId.toLowerCase());
  if (!device) notFound();
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href="/devices">
        {t("device.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words">{device.displayName ?? t("device.unnamed")}</h1>
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
    </div>
  );
}
