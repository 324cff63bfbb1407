import { getT } from "@/lib/i18n/server";
import { getHelpdesk } from "@/lib/settings/helpdesk";

/** How to reach the help desk, as IT configured it; says so plainly when nothing is configured. */
export async function HelpdeskContact({ keyIdToQuote }: { keyIdToQuote?: string }) {
  const [t, desk] = [await getT(), getHelpdesk()];
  const org = desk.orgName ?? t("helpdesk.yourOrg");
  return (
    <section className="card space-y-2" aria-labelledby="helpdesk-heading" data-testid="helpdesk">
      <h2 id="helpdesk-heading" className="font-semibold">{t("helpdesk.heading", { org })}</h2>
      {desk.phone || desk.email || desk.url ? (
        <ul className="space-y-1 text-sm">
          {desk.phone ? (
            <li>
              {t("helpdesk.phone")}{" "}
              <a className="link font-semibold" href={`tel:${desk.phone.replace(/[^+\d]/g, "")}`}>
                {desk.phone}
              </a>
            </li>
          ) : null}
          {desk.email ? (
            <li>
              {t("helpdesk.email")}{" "}
              <a className="link" href={`mailto:${desk.email}`}>
                {desk.email}
              </a>
            </li>
          ) : null}
          {desk.url ? (
            <li>
              <a className="link" href={desk.url} rel="noreferrer">
                {t("helpdesk.url")}
              </a>
            </li>
          ) : null}
          {desk.hours ? <li className="text-muted">{t("helpdesk.hours", { hours: desk.hours })}</li> : null}
        </ul>
      ) : (
        <p className="text-sm">{t("helpdesk.notConfigured")}</p>
      )}
      {keyIdToQuote ? (
        <p className="text-sm">
          {t("helpdesk.quote")} <span className="font-mono font-semibold break-all">{keyIdToQuote}</span>
        </p>
      ) : null}
    </section>
  );
}
