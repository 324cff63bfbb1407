import Link from "@/components/ui/link";
import type { RecoveryKeyInfo } from "@/lib/graph/types";
import {
  DATA_DRIVE_GUIDE,
  helpPath,
  KEY_NOT_WORKING_GUIDE,
  REASON_CODES_PAGE,
  TURN_OFF_GUIDE,
  UNLOCK_SCREEN_GUIDE,
} from "@/lib/help/guides";
import { stepHref } from "@/lib/help/steps";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { getT } from "@/lib/i18n/server";
import { driveKindOf } from "./volume-label";

/**
 * The recovery-screen guide's steps "Find the Recovery key ID" and "Get your key here" are done
 * by the time someone looks at their key: open it at "Type the 48 digits".
 */
export const SCREEN_GUIDE_TYPING_STEP = 3;

const OS_HINTS = ["hints.dashes", "hints.fkeys", "hints.blocks", "hints.enter"] as const satisfies MessageKey[];
const DATA_HINTS = {
  fixed: ["hints.fixed.open", "hints.data.options", "hints.data.paste", "hints.fixed.again"],
  removable: ["hints.removable.open", "hints.data.options", "hints.data.paste", "hints.removable.again"],
} as const satisfies Record<string, MessageKey[]>;

/**
 * What matters while typing the key: at the blue recovery screen for an operating-system drive,
 * in Windows' unlock prompt for a data or USB drive. Guides open at the step that matters and
 * carry the Key ID, so they can lead back here.
 */
export async function TypingHints({ keyId, volume }: { keyId: string; volume: RecoveryKeyInfo["volume"] }) {
  const t = await getT();
  const os = driveKindOf(volume) === "os";
  const items = os ? OS_HINTS : volume === "removable" ? DATA_HINTS.removable : DATA_HINTS.fixed;
  const context = { keyId, drive: null };
  const guides = [
    os
      ? {
          href: stepHref(helpPath(UNLOCK_SCREEN_GUIDE), SCREEN_GUIDE_TYPING_STEP, context),
          label: t("hints.guideScreen"),
        }
      : { href: stepHref(helpPath(DATA_DRIVE_GUIDE), 1, context), label: t("hints.guideDataDrive") },
    { href: stepHref(helpPath(KEY_NOT_WORKING_GUIDE), 1, context), label: t("hints.guideNotWorking") },
    { href: stepHref(helpPath(TURN_OFF_GUIDE), 1, context), label: t("hints.guideTurnOff") },
  ];
  const List = os ? "ul" : "ol";
  return (
    <section className="card space-y-3" aria-labelledby="hints-heading" data-testid="typing-hints">
      <h2 id="hints-heading" className="text-lg font-semibold">
        {t(os ? "hints.heading" : "hints.data.heading")}
      </h2>
      <List className={`${os ? "list-disc" : "list-decimal"} space-y-2 pl-5 text-sm`}>
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
        {os ? (
          <li>
            {t("hints.reasonCodes")}{" "}
            <Link className="link" href={helpPath(REASON_CODES_PAGE)}>
              {t("hints.reasonCodesLink")}
            </Link>
          </li>
        ) : null}
      </List>
      <nav aria-label={t("hints.guidesLabel")} className="flex flex-col text-sm sm:flex-row sm:flex-wrap sm:gap-x-4">
        {guides.map((guide) => (
          <Link key={guide.href} className="link inline-flex min-h-11 items-center" href={guide.href}>
            {guide.label}
          </Link>
        ))}
      </nav>
    </section>
  );
}
