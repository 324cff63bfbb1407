import {
  buildHandoffMessage,
  detailsAsFields,
  formatHandoffTime,
  mailtoHref,
  type HandoffDetails,
} from "@/lib/help/handoff";
import { copyLabels } from "@/lib/help/labels";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { getLocale, getT } from "@/lib/i18n/server";
import { getHelpdesk } from "@/lib/settings/helpdesk";
import { CommandBlock } from "./command-block";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";

type Props = { path: string; details: HandoffDetails; tried: readonly MessageKey[] };

/**
 * The finished help-desk message: copy it, or open it in the mail app addressed to the help desk.
 * "Change the details" posts the checked values back (hidden fields, never a URL).
 */
export async function HandoffSummary({ path, details, tried }: Props) {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const message = buildHandoffMessage(details, tried, formatHandoffTime(new Date(), locale), t);
  const { email } = getHelpdesk();
  return (
    <section aria-labelledby="handoff-summary" className="card space-y-4">
      <h2 id="handoff-summary" className="text-xl font-bold sm:text-2xl">
        {t("help.handoff.summaryHeading")}
      </h2>
      <CommandBlock label={t("help.handoff.copyLabel")} text={message.body} labels={copyLabels(t)} />
      {email ? (
        <a className="btn-primary w-full sm:w-auto" href={mailtoHref(email, message)} data-testid="handoff-mailto">
          {t("help.handoff.send")}
        </a>
      ) : (
        <p>{t("help.handoff.noEmail")}</p>
      )}
      <p className="text-muted text-sm">{t("help.handoff.neverKey")}</p>
      <HelpdeskContact headingLevel={3} />
      <input type="hidden" name="path" value={path} />
      {Object.entries(detailsAsFields(details)).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" name="intent" value="edit" className="link inline-flex min-h-11 items-center">
        {t("help.handoff.edit")}
      </button>
    </section>
  );
}
