import Link from "@/components/ui/link";
import { getFormatters, getT } from "@/lib/i18n/server";
import type { KeyContext } from "@/lib/portal/key-context";
import { KeyIdText } from "./key-id-text";
import { driveKindOf, VOLUME_LABEL } from "./volume-label";

/** Which key this is: the Key ID to compare with the screen, the drive, when it was backed up. */
export async function KeyFacts({ context }: { context: KeyContext }) {
  const [t, f] = await Promise.all([getT(), getFormatters()]);
  return (
    <div className="space-y-3">
      <div className="card space-y-2">
        <p className="text-muted text-sm">
          {t(driveKindOf(context.key.volume) === "os" ? "key.compare" : "key.compare.data")}
        </p>
        <p className="font-mono text-lg" data-testid="key-id">
          <KeyIdText id={context.key.id} emphasizeFirst />
        </p>
        <dl className="facts text-sm">
          <dt>{t("key.drive")}</dt>
          <dd>{t(VOLUME_LABEL[context.key.volume])}</dd>
          <dt>{t("key.backedUp")}</dt>
          <dd>{f.dateTime(context.key.createdAt) ?? t("device.unknownValue")}</dd>
          {context.device ? (
            <>
              <dt>{t("key.device")}</dt>
              <dd>
                <Link className="link" href={`/devices/${context.device.objectId}`}>
                  {context.device.displayName ?? t("device.unnamed")}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </div>
      {context.superseded ? (
        <div role="note" className="border-danger/70 rounded-lg border-2 p-3 text-sm" data-testid="superseded">
          <p className="font-semibold">{t("key.superseded.title")}</p>
          <p>{t("key.superseded.body")}</p>
          {context.newestOsKeyId ? (
            <Link className="link font-semibold" href={`/keys/${context.newestOsKeyId}`}>
              {t("key.superseded.link")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
