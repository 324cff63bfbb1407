import Link from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";

/** What matters while typing the key at the blue screen. */
export async function TypingHints({ keyId }: { keyId: string }) {
  const t = await getT();
  const items = ["hints.dashes", "hints.fkeys", "hints.blocks", "hints.enter"] as const;
  return (
    <section className="card space-y-3" aria-labelledby="hints-heading">
      <h2 id="hints-heading" className="text-lg font-semibold">
        {t("hints.heading")}
      </h2>
      <ul className="list-disc space-y-2 pl-5 text-sm">
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
        <li>
          {t("hints.reasonCodes")}{" "}
          <Link className="link" href="/help/reason-codes">
            {t("hints.reasonCodesLink")}
          </Link>
        </li>
      </ul>
      <nav aria-label={t("hints.guidesLabel")} className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link className="link" href={`/help/unlock-recovery-screen?keyId=${keyId}`}>
          {t("hints.guideScreen")}
        </Link>
        <Link className="link" href={`/help/unlock-data-drive?keyId=${keyId}`}>
          {t("hints.guideDataDrive")}
        </Link>
        <Link className="link" href={`/help/key-not-working?keyId=${keyId}`}>
          {t("hints.guideNotWorking")}
        </Link>
        <Link className="link" href={`/help/turn-off-bitlocker?keyId=${keyId}`}>
          {t("hints.guideTurnOff")}
        </Link>
      </nav>
    </section>
  );
}
