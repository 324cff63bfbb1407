import { CommandBlock } from "@/components/help/command-block";
import { getT } from "@/lib/i18n/server";
import {
  APPLICATION_PERMISSIONS,
  AZ_COMMANDS,
  BROKERED_CONSENT_URL,
  CERTIFICATE_COMMANDS,
  POWERSHELL_COMMANDS,
} from "@/lib/it/brokered";
import { copyLabels } from "@/lib/it/labels";
import { ItSection } from "./it-page";
import { PermissionTable } from "./permission-table";

/** Brokered key access: what it is, what it costs, and how to set up KeyDesk's application identity. */
export async function BrokeredAccess() {
  const t = await getT();
  const labels = copyLabels(t);
  return (
    <ItSection id="brokered" title={t("it.brokered.heading")}>
      <p>{t("it.brokered.p1")}</p>
      <p className="border-accent/60 rounded-lg border-2 p-3 font-semibold">{t("it.brokered.risk")}</p>
      <PermissionTable
        caption={t("it.brokered.perm.caption")}
        rows={APPLICATION_PERMISSIONS.map((p) => ({ scope: p.name, why: t(p.why) }))}
      />
      <p>{t("it.brokered.signIn")}</p>
      <p>{t("it.brokered.consent")}</p>
      <CommandBlock label={t("it.brokered.consentLabel")} text={BROKERED_CONSENT_URL} labels={labels} />
      <p>{t("it.brokered.cert")}</p>
      <CommandBlock label={t("it.brokered.certLabel")} text={CERTIFICATE_COMMANDS} labels={labels} />
      <CommandBlock label={t("it.brokered.azLabel")} text={AZ_COMMANDS} labels={labels} />
      <CommandBlock label={t("it.brokered.psLabel")} text={POWERSHELL_COMMANDS} labels={labels} />
      <p>{t("it.brokered.federation")}</p>
      <p className="text-muted text-sm">{t("it.register.script.untested")}</p>
      <p>{t("it.brokered.doctor")}</p>
    </ItSection>
  );
}
