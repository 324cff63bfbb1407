import Link from "@/components/ui/link";
import { KeyIdText } from "@/components/keys/key-id-text";
import { FailureNotice } from "@/components/feedback/failure-notice";
import type { Device } from "@/lib/graph/types";
import { getFormatters, getT } from "@/lib/i18n/server";
import { getDeviceKeys } from "@/lib/portal/devices";
import type { Portal } from "@/lib/portal/session";
import { replacedKeys } from "@/lib/portal/rotation";
import { VOLUME_LABEL } from "./volume-label";

/** Key metadata of one device, newest first; older keys of the same drive kind are marked. */
export async function KeyList({
  portal,
  device,
  retryHref,
  headingLevel = 3,
}: {
  portal: Portal;
  device: Device;
  retryHref: string;
  /** 2 on a device's own page (under its h1), 3 in the device list (under each device's h2). */
  headingLevel?: 2 | 3;
}) {
  const [t, f, result] = await Promise.all([getT(), getFormatters(), getDeviceKeys(portal, device)]);
  if (!result.ok) return <FailureNotice failure={result.failure} retryHref={retryHref} compact />;
  if (result.keys.length === 0) {
    return (
      <p className="bg-canvas rounded-lg p-3 text-sm" data-testid="no-keys">
        {t(device.joinType === "hybrid-joined" ? "keys.none.hybrid" : "keys.none.body")}
      </p>
    );
  }
  const replaced = replacedKeys(result.keys);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div>
      <Heading className="text-muted mb-2 text-sm font-semibold">
        {t("keys.heading", { count: result.keys.length })}
      </Heading>
      <ul className="link-rows">
        {result.keys.map((key) => (
          <li key={key.id}>
            <Link href={`/keys/${key.id}`} data-testid="key-link">
              <span className="key-id">
                <KeyIdText id={key.id} />
              </span>
              <span className="text-muted mt-1 flex flex-wrap gap-x-3 text-xs">
                <span>{t(VOLUME_LABEL[key.volume])}</span>
                <span>{t("keys.backedUp", { date: f.date(key.createdAt) ?? t("device.unknownValue") })}</span>
                {replaced.has(key.id) ? (
                  <span data-testid="key-replaced">
                    {t("keys.replaced", {
                      date: f.date(replaced.get(key.id)?.replacedAt ?? null) ?? t("device.unknownValue"),
                    })}
                  </span>
                ) : null}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
