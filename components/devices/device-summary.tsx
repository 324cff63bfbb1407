import type { Device } from "@/lib/graph/types";
import { getFormatters, getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/catalogue";

const JOIN_LABEL: Record<Device["joinType"], MessageKey> = {
  "entra-joined": "device.join.entra",
  "hybrid-joined": "device.join.hybrid",
  registered: "device.join.registered",
  unknown: "device.join.unknown",
};

/** Name, system, join type and last sign-in of one device, as a definition list. */
export async function DeviceSummary({ device }: { device: Device }) {
  const [t, f] = await Promise.all([getT(), getFormatters()]);
  const os = [device.operatingSystem, device.operatingSystemVersion].filter(Boolean).join(" ");
  const rows: [MessageKey, string | null][] = [
    ["device.os", os || null],
    ["device.joinType", t(JOIN_LABEL[device.joinType])],
    ["device.lastSignIn", f.dateTime(device.lastSignIn)],
    ["device.model", [device.manufacturer, device.model].filter(Boolean).join(" ") || null],
  ];
  return (
    <dl className="facts text-sm">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value ?? t("device.unknownValue")}</dd>
        </div>
      ))}
    </dl>
  );
}
