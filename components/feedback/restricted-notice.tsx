import { currentSession } from "@/lib/auth/auth";
import { getT } from "@/lib/i18n/server";
import { getBranding } from "@/lib/settings/branding";
import { HelpdeskContact } from "./helpdesk-contact";

/**
 * The one thing to say in a tenant that switched owner self-service off: no lookup will work,
 * and the person's own help desk reads the key to them. Said once, instead of a failure per
 * device followed by reasons that do not apply.
 */
export async function RestrictedNotice({ keyIdToQuote }: { keyIdToQuote?: string }) {
  const [t, session] = await Promise.all([getT(), currentSession()]);
  const org = getBranding(session?.user.tenantId).orgName;
  return (
    <section aria-labelledby="restricted-heading" className="space-y-3" data-testid="restricted">
      <div role="alert" className="border-accent/60 bg-surface space-y-2 rounded-lg border-2 p-4">
        <h2 id="restricted-heading" tabIndex={-1} className="text-xl font-bold">
          {org ? t("restricted.titleOrg", { org }) : t("failure.forbidden.title")}
        </h2>
        <p>{t("restricted.body")}</p>
        <p className="text-sm">{t(keyIdToQuote ? "restricted.ready" : "restricted.readyNoId")}</p>
      </div>
      <HelpdeskContact keyIdToQuote={keyIdToQuote} />
    </section>
  );
}
