import { currentSession } from "@/lib/auth/auth";
import { getT } from "@/lib/i18n/server";
import { getHelpdesk } from "@/lib/settings/helpdesk";
import { KeyIdText } from "@/components/keys/key-id-text";

type Props = {
  /** The Key ID the person should read out to the help desk, when there is one. */
  keyIdToQuote?: string;
  /** The PC's name, when the help desk needs it to find the key (a hybrid-joined PC, say). */
  deviceToQuote?: string;
  /** Heading level where the block sits in the page outline. */
  headingLevel?: 2 | 3;
};

/**
 * How to reach the help desk, with whatever IT has configured (any field may be missing). The
 * configured desk is shown only to people of the configured tenant: anyone else is told to use
 * their own organisation's, named by the domain they signed in with.
 */
export async function HelpdeskContact({ keyIdToQuote, deviceToQuote, headingLevel = 2 }: Props) {
  const [t, session] = await Promise.all([getT(), currentSession()]);
  const desk = getHelpdesk(session?.user.tenantId);
  const domain = session?.user.email?.split("@")[1];
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const rows = [
    desk.phone
      ? { label: t("help.helpdesk.phone"), value: desk.phone, href: `tel:${desk.phone.replace(/[^\d+]/g, "")}` }
      : null,
    desk.email ? { label: t("help.helpdesk.email"), value: atBreak(desk.email), href: `mailto:${desk.email}` } : null,
    desk.url ? { label: t("help.helpdesk.web"), value: desk.url, href: desk.url } : null,
    desk.hours ? { label: t("help.helpdesk.hours"), value: desk.hours, href: null } : null,
  ].filter((row) => row !== null);
  const heading = desk.orgName
    ? t("help.helpdesk.headingOrg", { org: desk.orgName })
    : rows.length === 0 && domain
      ? t("help.helpdesk.headingDomain", { domain })
      : t("help.helpdesk.heading");

  return (
    <section aria-labelledby="helpdesk-heading" className="card space-y-2" data-testid="helpdesk">
      <Heading id="helpdesk-heading" className="font-bold">
        {heading}
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
      {deviceToQuote ? (
        <div className="space-y-1 text-sm" data-testid="helpdesk-quote">
          <p>{t("helpdesk.tellThem")}</p>
          <dl className="facts">
            <div>
              <dt>{t("helpdesk.deviceName")}</dt>
              <dd className="font-mono font-semibold break-all">{deviceToQuote}</dd>
            </div>
            {keyIdToQuote ? (
              <div>
                <dt>{t("lookup.label")}</dt>
                <dd className="font-mono font-semibold break-all">{keyIdToQuote}</dd>
              </div>
            ) : null}
          </dl>
        </div>
      ) : keyIdToQuote ? (
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

/** An e-mail address that wraps after its "@" on a narrow screen, not in the middle of the domain. */
function atBreak(email: string) {
  const at = email.lastIndexOf("@");
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
