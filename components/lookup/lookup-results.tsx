import Link from "@/components/ui/link";
import { KeyIdText } from "@/components/keys/key-id-text";
import { FailureNotice } from "@/components/feedback/failure-notice";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import { VOLUME_LABEL } from "@/components/keys/volume-label";
import { getFormatters, getT } from "@/lib/i18n/server";
import type { KeyWithDevice, Lookup } from "@/lib/portal/lookup";

async function KeyChoices({ entries, testId }: { entries: KeyWithDevice[]; testId: string }) {
  const [t, f] = await Promise.all([getT(), getFormatters()]);
  return (
    <ul className="link-rows bg-surface" data-testid={testId}>
      {entries.map(({ key, device }) => (
        <li key={key.id}>
          <Link href={`/keys/${key.id}`}>
            <span className="block font-semibold">{device.displayName ?? t("device.unnamed")}</span>
            <span className="key-id">
              <KeyIdText id={key.id} />
            </span>
            <span className="text-muted block text-xs">
              {t(VOLUME_LABEL[key.volume])} ·{" "}
              {t("keys.backedUp", { date: f.date(key.createdAt) ?? t("device.unknownValue") })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Several keys start with what was typed: let the person pick, and say how to narrow it down. */
export async function AmbiguousResult({ lookup }: { lookup: Lookup }) {
  const t = await getT();
  return (
    <section aria-labelledby="result-heading" className="space-y-3">
      <h2 id="result-heading" tabIndex={-1} className="text-xl font-bold" data-testid="result-heading">
        {t("lookup.several.title", { count: lookup.matches.length })}
      </h2>
      <p>{t("lookup.several.body")}</p>
      <KeyChoices entries={lookup.matches} testId="matches" />
    </section>
  );
}

/** Nothing matched: say so plainly, explain the likely reasons, and show what the user does have. */
export async function NoMatchResult({ lookup, typed }: { lookup: Lookup; typed: string }) {
  const t = await getT();
  const reasons = [
    "lookup.none.reasonPersonal",
    "lookup.none.reasonOtherAccount",
    "lookup.none.reasonNotOwner",
    "lookup.none.reasonHybrid",
    "lookup.none.reasonNotBackedUp",
  ] as const;
  return (
    <section aria-labelledby="result-heading" className="space-y-4">
      <h2 id="result-heading" tabIndex={-1} className="text-xl font-bold" data-testid="result-heading">
        {t("lookup.none.title", { typed })}
      </h2>
      {lookup.failures.map(({ device, failure }) => (
        <div key={device.objectId} className="space-y-1">
          <p className="text-sm">{t("lookup.none.partial", { device: device.displayName ?? t("device.unnamed") })}</p>
          <FailureNotice failure={failure} compact />
        </div>
      ))}
      <div className="card space-y-2">
        <h3 className="font-semibold">{t("lookup.none.whyHeading")}</h3>
        <ul className="list-disc space-y-2 pl-5 text-sm">
          {reasons.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="text-sm">
          <Link className="link" href="/help/cant-find-key">
            {t("lookup.none.decisionLink")}
          </Link>
        </p>
      </div>
      {lookup.all.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("lookup.none.yourKeys")}</h3>
          <KeyChoices entries={lookup.all} testId="all-keys" />
        </div>
      ) : null}
      <HelpdeskContact keyIdToQuote={typed} />
    </section>
  );
}
