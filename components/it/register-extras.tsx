import Link from "@/components/ui/link";
import { CommandBlock } from "@/components/help/command-block";
import { getT } from "@/lib/i18n/server";
import { copyLabels } from "@/lib/it/labels";
import { ADMIN_CONSENT_URL, MULTI_TENANT_ISSUER, SINGLE_TENANT_ISSUER, scriptCommands } from "@/lib/it/registration";
import { Facts, ItSection } from "./it-page";

/** Serving several tenants from one portal. */
export async function MultiTenant() {
  const t = await getT();
  return (
    <ItSection id="multi-tenant" title={t("it.register.multi.heading")}>
      <Facts
        items={[
          {
            label: t("it.register.multi.single"),
            value: <code className="font-mono text-sm">{SINGLE_TENANT_ISSUER}</code>,
          },
          {
            label: t("it.register.multi.multi"),
            value: <code className="font-mono text-sm">{MULTI_TENANT_ISSUER}</code>,
          },
        ]}
      />
      <p>{t("it.register.multi.p1")}</p>
      <p>{t("it.register.multi.p2")}</p>
      <CommandBlock label={t("it.register.multi.consentLabel")} text={ADMIN_CONSENT_URL} labels={copyLabels(t)} />
      <p className="text-muted text-sm">{t("it.register.multi.clouds")}</p>
    </ItSection>
  );
}

/** The two registration scripts, with this portal's redirect URI filled in. */
export async function RegisterScripts({ redirectUri }: { redirectUri: string }) {
  const t = await getT();
  const commands = scriptCommands(redirectUri);
  const labels = copyLabels(t);
  return (
    <ItSection id="scripts" title={t("it.register.script.heading")}>
      <p>{t("it.register.script.p1")}</p>
      <CommandBlock label={t("it.register.script.bash")} text={commands.bash} labels={labels} />
      <CommandBlock label={t("it.register.script.powershell")} text={commands.powershell} labels={labels} />
      <p className="text-muted text-sm">{t("it.register.script.untested")}</p>
      <p>
        {t("it.register.next")}{" "}
        <Link className="link" href="/it/configuration">
          {t("it.config.title")}
        </Link>
      </p>
    </ItSection>
  );
}
