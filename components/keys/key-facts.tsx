import Link from "@/components/ui/link";
import { getFormatters, getT } from "@/lib/i18n/server";
import { describeCorrections } from "@/components/lookup/corrections";
import type { KeyContext } from "@/lib/portal/key-context";
import { formatKeyIdPrefix } from "@/lib/help/handoff";
import type { KeyIdCorrection } from "@/lib/recovery-key/key-id";
import { KeyIdText } from "./key-id-text";
import { driveKindOf, VOLUME_LABEL } from "./volume-label";

/**
 * Which key this is: the Key ID to compare with the screen, the drive, when it was backed up.
 * `replacedAfterReveal`: the page says above that Windows replaced this key after the person used
 * it, so nothing here may still call it the key to use.
 */
export async function KeyFacts({
  context,
  corrections,
  replacedAfterReveal = false,
}: {
  context: KeyContext;
  corrections: KeyIdCorrection[];
  replacedAfterReveal?: boolean;
}) {
  const [t, f] = await Promise.all([getT(), getFormatters()]);
  const correctionNote = corrections.length > 0 ? await describeCorrections(corrections) : null;
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
      {context.typedMatch ? (
        <div role="note" className="border-ok/70 space-y-1 rounded-lg border-2 p-3 text-sm" data-testid="key-id-match">
          <p className="flex items-start gap-2 font-semibold">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="text-ok mt-0.5 h-5 w-5 shrink-0" fill="none">
              <path d="M4 12.5l5 5L20 6.5" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
            </svg>
            <span className="min-w-0 break-words">
              {t("key.match.title", { typed: formatKeyIdPrefix(context.typedMatch) })}
            </span>
          </p>
          {corrections.length > 0 ? <p data-testid="key-id-corrected">{correctionNote}</p> : null}
          {replacedAfterReveal ? null : <p>{t(context.replacement ? "key.match.bodyReplaced" : "key.match.body")}</p>}
        </div>
      ) : context.replacement && !replacedAfterReveal ? (
        <div
          role="note"
          className="border-line bg-surface space-y-1 rounded-lg border p-3 text-sm"
          data-testid="superseded"
        >
          <p className="font-semibold">
            {t("key.replaced.title", {
              date: f.date(context.replacement.replacedAt) ?? t("device.unknownValue"),
            })}
          </p>
          <p>{t("key.replaced.body")}</p>
          <Link className="link" href={`/keys/${context.replacement.newestId}`}>
            {t("key.replaced.link")}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
