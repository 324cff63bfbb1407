import { getT } from "@/lib/i18n/server";
import { getHelpdesk } from "@/lib/settings/helpdesk";

/** How to reach the help desk, with whatever IT has configured (any field may be missing). */
export async function HelpdeskContact() {
  const t = await getT();
  const desk = getHelpdesk();
  const rows = [
    desk.phone
      ? { label: t("help.helpdesk.phone"), value: desk.phone, href: `tel:${desk.phone.replace(/[^\d+]/g, "")}` }
      : null,
    desk.email ? { label: t("help.helpdesk.email"), value: desk.email, href: `mailto:${desk.email}` } : null,
    desk.url ? { label: t("help.helpdesk.web"), value: desk.url, href: desk.url } : null,
    desk.hours ? { label: t("help.helpdesk.hours"), value: desk.hours, href: null } : null,
  ].filter((row) => row !== null);

  return (
    <section
      aria-labelledby="helpdesk-heading"
      className="border-line bg-canvas space-y-2 rounded-lg border p-4"
      data-testid="helpdesk-contact"
    >
      <h3 id="helpdesk-heading" className="font-bold">
        {desk.orgName ? t("help.helpdesk.headingOrg", { org: desk.orgName }) : t("help.helpdesk.heading")}
      </h3>
      {rows.length === 0 ? (
        <p>{t("help.helpdesk.none")}</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {rows.map((row) => (
            <div key={row.label} className="contents">
              <dt className="text-muted">{row.label}</dt>
              <dd className="min-w-0 break-words">
                {row.href ? (
                  <a className="link" href={row.href}>
                    {row.value}
                  </a>
                ) : (
                  row.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
