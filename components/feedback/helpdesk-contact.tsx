import { getT } from "@/lib/i18n/server";
import { getHelpdesk } from "@/lib/settings/helpdesk";
import { KeyIdText } from "@/components/keys/key-id-text";

type Props = {
  /** The Key ID the person should read out to the help desk, when there is one. */
  keyIdToQuote?: string;
  /** Heading level where the block sits in the page outline. */
  headingLevel?: 2 | 3;
};

/** How to reach the help desk, with whatever IT has configured (any field may be missing). */
export async function HelpdeskContact({ keyIdToQuote, headingLevel = 2 }: Props) {
  const t = await getT();
  const desk = getHelpdesk();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const rows = [
    desk.phone
      ? { label: t("help.helpdesk.phone"), value: desk.phone, href: `tel:${desk.phone.replace(/[^\d+]/g, "")}` }
      : null,
    desk.email ? { label: t("help.helpdesk.email"), value: desk.email, href: `mailto:${desk.email}` } : null,
    desk.url ? { label: t("help.helpdesk.web"), value: desk.url, href: desk.url } : null,
    desk.hours ? { label: t("help.helpdesk.hours"), value: desk.hours, href: null } : null,
  ].filter((row) => row !== null);

  return (
    <section aria-labelledby="helpdesk-heading" className="card space-y-2" data-testid="helpdesk">
      <Heading id="helpdesk-heading" className="font-bold">
        {desk.orgName ? t("help.helpdesk.headingOrg", { org: desk.orgName }) : t("help.helpdesk.heading")}
      </Heading>
      {rows.length === 0 ? (
        <p>{t("help.helpdesk.none")}</p>
      ) : (
        <dl className="facts">
          {rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>
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
      {keyIdToQuote ? (
        <p className="text-sm">
          {t("helpdesk.quote")}{" "}
          <span className="font-mono font-semibold">
            <KeyIdText id={keyIdToQuote} />
          </span>
        </p>
      ) : null}
    </section>
  );
}
