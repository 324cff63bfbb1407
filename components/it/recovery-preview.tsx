import { getT } from "@/lib/i18n/server";
import type { RecoverySetting } from "@/lib/it/recovery-message";

/** An example Recovery key ID as Windows 10 and 11 show it: the full GUID, upper case. */
const EXAMPLE_KEY_ID = "4290B6C0-B17A-497A-8552-272CC30E80D4";

/**
 * Roughly how the blue pre-boot recovery screen will look with this setting. Drawn with HTML, so
 * the text wraps as it will on a narrow screen; the colours stay those of the real screen in dark
 * mode too.
 */
export async function RecoveryPreview({ setting }: { setting: RecoverySetting }) {
  const t = await getT();
  const text =
    setting.option === "message" ? setting.message : t("it.lockout.preview.defaultMessage", { url: setting.url });
  return (
    <figure className="space-y-2">
      <div
        role="group"
        aria-label={t("it.lockout.preview.label")}
        className="space-y-4 rounded-lg bg-[#0a4a8f] p-4 font-sans text-white sm:p-6"
      >
        <p className="text-xl font-light sm:text-2xl">{t("it.lockout.preview.title")}</p>
        <p className="text-sm">{t("it.lockout.preview.enterKey")}</p>
        <div aria-hidden="true" className="flex flex-wrap gap-1.5">
          {Array.from({ length: 8 }, (_, i) => (
            <span key={i} className="h-7 w-12 border-b-2 border-white/80 bg-white/10" />
          ))}
        </div>
        <p className="text-sm [overflow-wrap:anywhere]">{text}</p>
        <p className="text-xs text-white/85">{t("it.lockout.preview.keys")}</p>
        <p className="text-xs [overflow-wrap:anywhere]">{t("it.lockout.preview.keyId", { keyId: EXAMPLE_KEY_ID })}</p>
        <div className="flex flex-wrap justify-between gap-2 text-xs text-white/85">
          <span>{t("it.lockout.preview.continue")}</span>
          <span>{t("it.lockout.preview.more")}</span>
        </div>
      </div>
      <figcaption className="text-muted text-sm">{t("it.lockout.preview.caption")}</figcaption>
    </figure>
  );
}
