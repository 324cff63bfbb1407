"use client";

import { KeyIdText } from "@/components/keys/key-id-text";
import type { HelpdeskDevice, HelpdeskSearch } from "@/lib/helpdesk/search";
import type { JoinType, RecoveryKeyInfo } from "@/lib/graph/types";
import { formatKeyIdForDisplay } from "@/lib/recovery-key/key-id";
import type { HelpdeskKey, HelpdeskT } from "./labels";

export type SelectedKey = {
  keyId: string;
  deviceName: string;
  owner: string | null;
  volume: RecoveryKeyInfo["volume"];
};

const JOIN: Record<JoinType, HelpdeskKey> = {
  "entra-joined": "device.join.entra",
  "hybrid-joined": "device.join.hybrid",
  registered: "device.join.registered",
  unknown: "device.join.unknown",
};
const VOLUME: Record<RecoveryKeyInfo["volume"], HelpdeskKey> = {
  os: "volume.os",
  fixed: "volume.fixed",
  removable: "volume.removable",
  unknown: "volume.unknown",
};
const NOTHING: Record<Extract<HelpdeskSearch, { found: "nothing" }>["reason"], HelpdeskKey> = {
  "no-key": "console.nothing.noKey",
  "no-pc": "console.nothing.noPc",
  "no-person": "console.nothing.noPerson",
  "no-devices": "console.nothing.noDevices",
  "no-matching-key": "console.nothing.noMatchingKey",
};

type Props = { search: HelpdeskSearch; locale: string; t: HelpdeskT; onSelect: (key: SelectedKey) => void };

/** What the search found: each PC with its owner, join type, last sign-in and keys, newest first. */
export function HelpdeskResults({ search, locale, t, onSelect }: Props) {
  if (search.found === "nothing")
    return (
      <p
        role="alert"
        className="border-danger/60 bg-surface rounded-lg border p-3 font-semibold"
        data-testid="helpdesk-nothing"
      >
        {t(NOTHING[search.reason])}
      </p>
    );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const when = (iso: string | null) => (iso ? date.format(new Date(iso)) : t("console.device.unknown"));
  return (
    <section aria-labelledby="helpdesk-results" className="space-y-4" data-testid="helpdesk-results">
      <h2 id="helpdesk-results" className="text-lg font-bold" tabIndex={-1}>
        {t("console.results.heading", { count: search.devices.length })}
      </h2>
      {search.more ? <p className="text-sm">{t("console.results.more")}</p> : null}
      {search.devices.reduce((sum, d) => sum + (d.matching?.length ?? 0), 0) > 1 ? (
        <p className="text-sm font-semibold" data-testid="helpdesk-several">
          {t("console.results.several")}
        </p>
      ) : null}
      <ul className="space-y-4">
        {search.devices.map((entry) => (
          <DeviceResult key={entry.device.objectId} entry={entry} when={when} t={t} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

function DeviceResult({
  entry,
  when,
  t,
  onSelect,
}: {
  entry: HelpdeskDevice;
  when: (iso: string | null) => string;
  t: HelpdeskT;
  onSelect: Props["onSelect"];
}) {
  const { device, person, keys, matching } = entry;
  const name = device.displayName ?? t("device.unnamed");
  const personText = person
    ? t(person.relation === "owner" ? "console.device.owner" : "console.device.user", {
        name: person.displayName ?? "",
        upn: person.userPrincipalName ?? "",
      })
    : t("console.device.noOwner");
  const shown = matching ? keys.filter((k) => matching.includes(k.id)) : keys;
  return (
    <li className="card space-y-3" data-testid="helpdesk-device">
      <h3 className="text-lg font-bold break-words">{name}</h3>
      <dl className="facts text-sm">
        <dt>{t("console.device.person")}</dt>
        <dd data-testid="helpdesk-person">{personText}</dd>
        <dt>{t("console.device.join")}</dt>
        <dd>{t(JOIN[device.joinType])}</dd>
        <dt>{t("console.device.lastSignIn")}</dt>
        <dd>{when(device.lastSignIn)}</dd>
      </dl>
      {entry.near ? <p className="text-sm font-semibold">{t("console.results.near")}</p> : null}
      {shown.length === 0 ? (
        <p className="text-sm">{t("console.device.noKeys")}</p>
      ) : (
        <ol className="space-y-2">
          {shown.map((key, index) => (
            <li key={key.id} className="border-line rounded-lg border p-3" data-testid="helpdesk-key-row">
              <p className="font-mono text-sm">
                <KeyIdText id={key.id} emphasizeFirst />
              </p>
              <p className="text-muted text-sm">
                {t(VOLUME[key.volume])} · {when(key.createdAt)}
                {index === 0 && shown.length > 1 ? ` · ${t("console.device.newest")}` : ""}
              </p>
              <button
                type="button"
                className="btn-secondary mt-2 min-h-10 py-2 text-sm"
                aria-label={t("console.device.selectFor", {
                  keyId: formatKeyIdForDisplay(key.id).slice(0, 8),
                  device: name,
                })}
                onClick={() =>
                  onSelect({
                    keyId: key.id,
                    deviceName: name,
                    owner: person?.userPrincipalName ?? null,
                    volume: key.volume,
                  })
                }
              >
                {t("console.device.select")}
              </button>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
