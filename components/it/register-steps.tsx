import { CommandBlock } from "@/components/help/command-block";
import { MenuPath } from "@/components/help/menu-path";
import { getT } from "@/lib/i18n/server";
import { copyLabels } from "@/lib/it/labels";
import { SELF_SERVICE_PROPERTY, SINGLE_TENANT_ISSUER } from "@/lib/it/registration";
import { ItSection } from "./it-page";
import { PermissionTable } from "./permission-table";

/** The Entra admin center's own label and the value it must have, quoted as the portal shows it. */
const ENTRA_SELF_SERVICE_SETTING =
  "Restrict non-admin users from recovering the BitLocker key(s) for their owned devices: No";

/** The six steps in the Entra admin center, in the order the portal's pages ask for them. */
export async function RegisterSteps({ redirectUri }: { redirectUri: string }) {
  const t = await getT();
  const labels = copyLabels(t);
  const step = (number: number, title: string) => t("it.common.stepHeading", { number, title });
  const ids = `AUTH_MICROSOFT_ENTRA_ID_ID=<Application (client) ID>\nAUTH_MICROSOFT_ENTRA_ID_ISSUER=${SINGLE_TENANT_ISSUER}`;

  return (
    <ol className="space-y-6">
      <li>
        <ItSection id="step-1" title={step(1, t("it.register.s1.title"))}>
          <MenuPath
            items={[
              "Microsoft Entra admin center",
              "Identity",
              "Applications",
              "App registrations",
              "New registration",
            ]}
            label={t("it.register.pathLabel")}
          />
          <p>{t("it.register.s1.p1")}</p>
          <p>{t("it.register.s1.p2")}</p>
          <CommandBlock label={t("it.register.redirectLabel")} text={redirectUri} labels={labels} />
          <p className="text-muted text-sm">{t("it.register.redirectHint")}</p>
          <p>{t("it.register.signedOut")}</p>
          <CommandBlock
            label={t("it.register.signedOutLabel")}
            text={new URL("/signed-out", redirectUri).href}
            labels={labels}
          />
          <MenuPath
            items={["Token configuration", "Add optional claim", "ID", "login_hint"]}
            label={t("it.register.pathLabel")}
          />
          <p>{t("it.register.loginHint")}</p>
        </ItSection>
      </li>
      <li>
        <ItSection id="step-2" title={step(2, t("it.register.s2.title"))}>
          <p>{t("it.register.s2.p1")}</p>
          <CommandBlock label={t("it.register.settingsLabel")} text={ids} labels={labels} />
        </ItSection>
      </li>
      <li>
        <ItSection id="step-3" title={step(3, t("it.register.s3.title"))}>
          <MenuPath
            items={["API permissions", "Add a permission", "Microsoft Graph", "Delegated permissions"]}
            label={t("it.register.pathLabel")}
          />
          <p>{t("it.register.s3.p1")}</p>
          <PermissionTable />
          <p role="note" className="border-danger rounded-lg border-2 p-3 font-semibold">
            {t("it.register.s3.never")}
          </p>
        </ItSection>
      </li>
      <li>
        <ItSection id="step-4" title={step(4, t("it.register.s4.title"))}>
          <p>{t("it.register.s4.p1")}</p>
        </ItSection>
      </li>
      <li>
        <ItSection id="step-5" title={step(5, t("it.register.s5.title"))}>
          <MenuPath
            items={["Certificates & secrets", "Client secrets", "New client secret"]}
            label={t("it.register.pathLabel")}
          />
          <p>{t("it.register.s5.p1")}</p>
          <p>{t("it.register.s5.p2")}</p>
        </ItSection>
      </li>
      <li>
        <ItSection id="step-6" title={step(6, t("it.register.s6.title"))}>
          <MenuPath
            items={["Identity", "Devices", "All devices", "Device settings"]}
            label={t("it.register.pathLabel")}
          />
          <p>{t("it.register.s6.p1")}</p>
          <p className="font-semibold" lang="en">
            {ENTRA_SELF_SERVICE_SETTING}
          </p>
          <p>{t("it.register.s6.p2")}</p>
          <p className="text-muted text-sm [overflow-wrap:anywhere]">
            {t("it.register.s6.graph", { property: SELF_SERVICE_PROPERTY })}
          </p>
        </ItSection>
      </li>
    </ol>
  );
}
