import type { Metadata } from "next";
import { DeviceList } from "@/components/devices/device-list";
import { getT } from "@/lib/i18n/server";
import { requirePortal } from "@/lib/portal/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("devices.title") };
}

export default async function HomePage() {
  const portal = await requirePortal("/");
  const t = await getT();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("devices.heading")}</h1>
      <DeviceList portal={portal} retryHref="/" />
    </div>
  );
}
