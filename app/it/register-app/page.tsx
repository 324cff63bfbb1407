import type { Metadata } from "next";
import { BrokeredAccess } from "@/components/it/brokered-access";
import { ItPage } from "@/components/it/it-page";
import { MultiTenant, RegisterScripts } from "@/components/it/register-extras";
import { RegisterSteps } from "@/components/it/register-steps";
import { getT } from "@/lib/i18n/server";
import { redirectUri } from "@/lib/it/portal-url";
import { requestPortalUrl } from "@/lib/it/request-portal-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("it.register.title") };
}

export default async function RegisterAppPage() {
  const [t, portal] = await Promise.all([getT(), requestPortalUrl()]);
  const uri = redirectUri(portal.url);
  return (
    <ItPage title={t("it.register.title")} lead={t("it.register.lead")}>
      {portal.known ? null : (
        <p role="status" data-testid="auth-url-missing" className="card border-accent border-2">
          {t("it.lockout.portalUnknown")}
        </p>
      )}
      <RegisterSteps redirectUri={uri} />
      <MultiTenant />
      <RegisterScripts redirectUri={uri} />
      <BrokeredAccess />
    </ItPage>
  );
}
