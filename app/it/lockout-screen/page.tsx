import type { Metadata } from "next";
import { Callout } from "@/components/help/callout";
import { CommandBlock } from "@/components/help/command-block";
import { AddressAdvice } from "@/components/it/address-advice";
import { ItPage, ItSection } from "@/components/it/it-page";
import { LockoutForm } from "@/components/it/lockout-form";
import { RecoveryNotes } from "@/components/it/recovery-notes";
import { RecoveryPreview } from "@/components/it/recovery-preview";
import { RecoveryValues } from "@/components/it/recovery-values";
import { addTpmProtectorCommand, forceRecoveryCommand } from "@/lib/help/commands";
import { getT } from "@/lib/i18n/server";
import { copyLabels } from "@/lib/it/labels";
import { defaultRecoveryMessage, parseLockoutParams, type SearchParams } from "@/lib/it/lockout-params";
import { buildRecoverySetting, typeableAddress } from "@/lib/it/recovery-message";
import { requestPortalUrl } from "@/lib/it/request-portal-url";
import { getHelpdesk } from "@/lib/settings/helpdesk";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("it.lockout.title") };
}

export default async function LockoutScreenPage({ searchParams }: Props) {
  const [params, t, portal] = await Promise.all([searchParams, getT(), requestPortalUrl()]);
  const helpdesk = getHelpdesk();
  const message = defaultRecoveryMessage(t, {
    address: typeableAddress(portal.url),
    orgName: helpdesk.orgName,
    phone: helpdesk.phone,
  });
  const setting = buildRecoverySetting(parseLockoutParams(params, { message, url: portal.url }));

  return (
    <ItPage title={t("it.lockout.title")} lead={t("it.lockout.lead")}>
      {portal.known ? null : (
        <p role="status" data-testid="auth-url-missing" className="card border-accent border-2">
          {t("it.lockout.portalUnknown")}
        </p>
      )}
      <ItSection id="form" title={t("it.lockout.form.heading")}>
        <LockoutForm setting={setting} />
      </ItSection>
      <RecoveryNotes setting={setting} />
      <RecoveryValues setting={setting} />
      <ItSection id="preview" title={t("it.lockout.preview.heading")}>
        <RecoveryPreview setting={setting} />
      </ItSection>
      <ItSection id="advice" title={t("it.lockout.advice.heading")}>
        <AddressAdvice url={URL.canParse(setting.url) ? setting.url : portal.url} />
      </ItSection>
      <ItSection id="test" title={t("it.lockout.test.heading")}>
        <p>{t("it.lockout.test.body")}</p>
        <Callout tone="warning" title={t("help.common.warning")}>
          <p>{t("it.lockout.test.warning")}</p>
        </Callout>
        <CommandBlock label={t("it.lockout.test.command")} text={forceRecoveryCommand()} labels={copyLabels(t)} />
        <p>{t("it.lockout.test.restore")}</p>
        <CommandBlock label={t("it.lockout.test.command")} text={addTpmProtectorCommand()} labels={copyLabels(t)} />
        <p>{t("it.lockout.test.after")}</p>
        <p className="text-muted text-sm">{t("it.lockout.scope")}</p>
      </ItSection>
    </ItPage>
  );
}
