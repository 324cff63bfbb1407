import { CommandBlock } from "@/components/help/command-block";
import { MenuPath } from "@/components/help/menu-path";
import { getT } from "@/lib/i18n/server";
import { copyLabels } from "@/lib/it/labels";
import { CSP_OMA_URI, GPO_PATH, GPO_SETTING, OPTIONS, type RecoverySetting } from "@/lib/it/recovery-message";
import { Facts, ItSection } from "./it-page";

/**
 * The ways to deploy the setting: a GPO for domain-joined PCs; for Intune the Settings catalog
 * (Microsoft's current way) or a custom OMA-URI, which is also what any other MDM takes.
 */
export async function RecoveryValues({ setting }: { setting: RecoverySetting }) {
  const t = await getT();
  const labels = copyLabels(t);
  const option = OPTIONS[setting.option];
  const values = setting.values;
  // The Settings catalog shows the same policy as the GPO editor, with the same option and text.
  const gpoSetting = (
    <>
      <Facts
        items={[
          { label: t("it.lockout.gpo.state"), value: t("it.lockout.gpo.enabled") },
          { label: t("it.lockout.gpo.option"), value: option.gpoChoice },
        ]}
      />
      {values ? (
        <CommandBlock label={option.gpoField} text={values.gpo} labels={labels} />
      ) : (
        <p className="text-danger font-semibold">{t("it.lockout.problem.noValues")}</p>
      )}
    </>
  );

  return (
    <>
      <ItSection id="gpo" title={t("it.lockout.gpo.heading")}>
        <p>{t("it.lockout.gpo.intro")}</p>
        <MenuPath items={GPO_PATH} label={t("it.lockout.gpo.pathLabel")} />
        <p>{t("it.lockout.gpo.setting", { setting: GPO_SETTING })}</p>
        {gpoSetting}
      </ItSection>

      <ItSection id="catalog" title={t("it.lockout.catalog.heading")}>
        <p>{t("it.lockout.catalog.intro")}</p>
        <p>{t("it.lockout.catalog.search", { setting: GPO_SETTING })}</p>
        {gpoSetting}
        <p className="text-muted text-sm">{t("it.lockout.catalog.endpoint")}</p>
      </ItSection>

      <ItSection id="csp" title={t("it.lockout.csp.heading")}>
        <p>{t("it.lockout.csp.intro")}</p>
        <Facts
          items={[
            { label: t("it.lockout.csp.name"), value: t("it.lockout.csp.nameValue") },
            { label: t("it.lockout.csp.dataType"), value: "String" },
          ]}
        />
        <CommandBlock label={t("it.lockout.csp.omaUri")} text={CSP_OMA_URI} labels={labels} />
        {values ? (
          <CommandBlock label={t("it.lockout.csp.value")} text={values.csp} labels={labels} />
        ) : (
          <p className="text-danger font-semibold">{t("it.lockout.problem.noValues")}</p>
        )}
        <p className="text-muted text-sm">{t("it.lockout.csp.note")}</p>
      </ItSection>
    </>
  );
}
