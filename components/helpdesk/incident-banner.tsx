import Link from "@/components/ui/link";
import { incidentMessage } from "@/lib/helpdesk/incident";
import { getLocale, getT } from "@/lib/i18n/server";

/** During an incident (INCIDENT_MESSAGE), IT's word on every page: "We know — here is what to do". */
export async function IncidentBanner() {
  const [locale, t] = await Promise.all([getLocale(), getT()]);
  const message = incidentMessage(locale);
  if (!message) return null;
  return (
    <aside
      aria-labelledby="incident-heading"
      className="border-danger bg-surface border-b-4 px-4 py-3"
      data-testid="incident-banner"
    >
      <div className="mx-auto max-w-3xl space-y-1">
        <h2 id="incident-heading" className="text-lg font-bold">
          {t("console.incident.heading")}
        </h2>
        <p className="whitespace-pre-line">{message}</p>
        <Link className="link text-sm font-semibold" href="/help/unlock-recovery-screen">
          {t("console.incident.guide")}
        </Link>
      </div>
    </aside>
  );
}
