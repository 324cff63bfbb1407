import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import type { HandoffLabels } from "@/lib/help/handoff-view";
import { copyLabels } from "@/lib/help/labels";
import { getT } from "@/lib/i18n/server";
import { Callout } from "./callout";
import { submitHandoff } from "./handoff-action";
import { HandoffPanel } from "./handoff-panel";

type Props = {
  /** Answer ids of the decision path, carried into the message. */
  path: string;
  /** Signed in: name and account come from the session, so those fields are not asked. */
  user: { name: string | null; upn: string | null } | null;
};

/** The help-desk form with its text, translated here; the form itself is HandoffPanel's. */
export async function HandoffForm({ path, user }: Props) {
  const t = await getT();
  const labels: HandoffLabels = {
    errorSummary: t("help.handoff.errorSummary"),
    name: t("help.handoff.name"),
    email: t("help.handoff.email"),
    device: t("help.handoff.device"),
    deviceHint: t("help.handoff.deviceHint"),
    keyId: t("help.handoff.keyId"),
    keyIdHint: t("help.handoff.keyIdHint"),
    submit: t("help.handoff.submit"),
    summaryHeading: t("help.handoff.summaryHeading"),
    copyLabel: t("help.handoff.copyLabel"),
    send: t("help.handoff.send"),
    noEmail: t("help.handoff.noEmail"),
    neverKey: t("help.handoff.neverKey"),
    edit: t("help.handoff.edit"),
    copy: copyLabels(t),
  };
  const intro = (
    <>
      <p>{t("help.handoff.lead")}</p>
      <Callout tone="warning" title={t("help.common.warning")}>
        <p>{t("help.handoff.neverKey")}</p>
      </Callout>
      {user ? (
        <p className="font-semibold">
          {t("help.handoff.signedInAs", { name: user.name ?? user.upn ?? "", upn: user.upn ?? "" })}
        </p>
      ) : null}
    </>
  );
  return (
    <HandoffPanel
      action={submitHandoff}
      path={path}
      signedIn={user !== null}
      labels={labels}
      intro={intro}
      contact={<HelpdeskContact headingLevel={3} />}
    />
  );
}
