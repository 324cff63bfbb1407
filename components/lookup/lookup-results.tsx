import Link from "@/components/ui/link";
import { FailureNotice } from "@/components/feedback/failure-notice";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import { RestrictedNotice } from "@/components/feedback/restricted-notice";
import { VOLUME_LABEL } from "@/components/keys/volume-label";
import { getFormatters, getT } from "@/lib/i18n/server";
import { PERSONAL_RECOVERY_URL } from "@/lib/links";
import type { KeyWithDevice, Lookup } from "@/lib/portal/lookup";
import { explainNoMatch } from "@/lib/portal/no-match";
import { differencesFromTyped, differingPositions } from "@/lib/recovery-key/key-id";
import { MarkedKeyId } from "./marked-key-id";

type ChoicesProps = {
  entries: KeyWithDevice[];
  testId: string;
  /** Characters to mark in each Key ID (those to compare with the screen). */
  marks?: (keyId: string) => Set<number>;
  /** The typed Key ID, passed on so the key page can confirm the match (it is not secret). */
  typedHex?: string;
};

async function KeyChoices({ entries, testId, marks, typedHex }: ChoicesProps) {
  const [t, f] = await Promise.all([getT(), getFormatters()]);
  return (
    <ul className="link-rows bg-surface" data-testid={testId}>
      {entries.map(({ key, device }) => (
        <li key={key.id}>
          <Link href={typedHex ? `/keys/${key.id}?typed=${typedHex}` : `/keys/${key.id}`}>
            <span className="block font-semibold">{device.displayName ?? t("device.unnamed")}</span>
            <MarkedKeyId keyId={key.id} marks={marks?.(key.id) ?? new Set()} />
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

/** Several keys start with what was typed: let the person pick, and point at where they differ. */
export async function AmbiguousResult({ lookup, typedHex }: { lookup: Lookup; typedHex: string }) {
  const t = await getT();
  const differ = differingPositions(lookup.matches.map((m) => m.key.id));
  return (
    <section aria-labelledby="result-heading" className="space-y-3">
      <h2 id="result-heading" tabIndex={-1} className="text-xl font-bold" data-testid="result-heading">
        {t("lookup.several.title", { count: lookup.matches.length })}
      </h2>
      <p>{t("lookup.several.body")}</p>
      <p className="text-muted text-sm">{t("lookup.several.marked")}</p>
      <KeyChoices entries={lookup.matches} testId="matches" marks={() => differ} typedHex={typedHex} />
    </section>
  );
}

/** Nothing matched: say why as specifically as Graph's answers allow, and what to do next. */
export async function NoMatchResult({ lookup, typed, typedHex }: { lookup: Lookup; typed: string; typedHex: string }) {
  const t = await getT();
  const reason = explainNoMatch(lookup);
  if (reason.kind === "restricted") return <RestrictedNotice keyIdToQuote={typed} />;

  const heading = (text: string) => (
    <h2 id="result-heading" tabIndex={-1} className="text-xl font-bold" data-testid="result-heading">
      {text}
    </h2>
  );
  const partial = lookup.failures.map(({ device, failure }) => (
    <div key={device.objectId} className="space-y-1">
      <p className="text-sm">{t("lookup.none.partial", { device: device.displayName ?? t("device.unnamed") })}</p>
      <FailureNotice failure={failure} compact />
    </div>
  ));

  if (reason.kind === "not-owned") {
    const names = reason.devices.map((d) => d.displayName ?? t("device.unnamed"));
    return (
      <section aria-labelledby="result-heading" className="space-y-4" data-testid="no-match-not-owned">
        {heading(t("lookup.notOwned.title", { device: names.join(", "), count: names.length }))}
        <p>{t("lookup.notOwned.body", { count: names.length })}</p>
        {partial}
        <HelpdeskContact keyIdToQuote={typed} deviceToQuote={names.join(", ")} />
      </section>
    );
  }

  if (reason.kind === "no-devices") {
    return (
      <section aria-labelledby="result-heading" className="space-y-4" data-testid="no-match-no-devices">
        {heading(t("lookup.noDevices.title"))}
        <p>{t("lookup.noDevices.body", { typed })}</p>
        <ul className="card list-disc space-y-2 pl-8 text-sm">
          <li>
            {t("lookup.noDevices.personal")}{" "}
            <a className="link" href={PERSONAL_RECOVERY_URL} rel="noreferrer">
              {t("lookup.noDevices.personalLink")}
            </a>
          </li>
          <li>{t("lookup.noDevices.otherAccount")}</li>
          <li>{t("lookup.noDevices.helpdesk")}</li>
        </ul>
        <HelpdeskContact keyIdToQuote={typed} />
      </section>
    );
  }

  if (reason.kind === "near") {
    return (
      <section aria-labelledby="result-heading" className="space-y-4" data-testid="no-match-near">
        {heading(t("lookup.none.title", { typed }))}
        <p>{t("lookup.near.body", { count: reason.near.length })}</p>
        <p className="text-muted text-sm">{t("lookup.near.marked")}</p>
        <KeyChoices entries={reason.near} testId="near" marks={(id) => differencesFromTyped(typedHex, id)} />
        {partial}
        <HelpdeskContact keyIdToQuote={typed} />
      </section>
    );
  }

  const reasons = [
    "lookup.none.reasonPersonal",
    "lookup.none.reasonOtherAccount",
    "lookup.none.reasonNotOwner",
    "lookup.none.reasonHybrid",
    "lookup.none.reasonNotBackedUp",
  ] as const;
  return (
    <section aria-labelledby="result-heading" className="space-y-4">
      {heading(t("lookup.none.title", { typed }))}
      {partial}
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
