"use client";

import { useRouter } from "next/navigation";
import { useActionState, useCallback, useState } from "react";
import { searchAction, type HelpdeskRevealResult, type SearchState } from "@/lib/helpdesk/actions";
import { KeyDisplay } from "./key-display";
import { FAILURE_MESSAGES, makeT, type HelpdeskKey } from "./labels";
import { HelpdeskResults, type SelectedKey } from "./results";
import { VerifyForm, type VerifyRules } from "./verify-form";

type Props = {
  locale: string;
  messages: Record<string, string>;
  rules: VerifyRules;
  autoHideSeconds: number;
  /** ROTATE_AFTER_REVEAL: a key read out is replaced this many minutes later at the latest; null when not. */
  rotateAfterMinutes: number | null;
};

type Revealed = Extract<HelpdeskRevealResult, { ok: true }>;

const SEARCH_ERRORS: Record<Exclude<SearchState, { status: "idle" | "done" }>["error"], HelpdeskKey> = {
  empty: "console.search.error.empty",
  "key-id-too-short": "console.search.error.key-id-too-short",
  "key-id-invalid": "console.search.error.key-id-invalid",
  "prefix-needs-pc": "console.search.error.prefix-needs-pc",
  "pc-name-invalid": "console.search.error.pc-name-invalid",
  "sign-in-name-invalid": "console.search.error.sign-in-name-invalid",
  ...FAILURE_MESSAGES,
  "not-found": "console.nothing.noKey",
};

/**
 * The console for one call at a time: find the caller's PC, pick the key, verify and record,
 * read the key. The key lives only in this component's state and goes with "Hide".
 */
export function HelpdeskConsole({ locale, messages, rules, autoHideSeconds, rotateAfterMinutes }: Props) {
  const t = makeT(locale, messages);
  const [search, find, searching] = useActionState(searchAction, { status: "idle" } as SearchState);
  const [selected, setSelected] = useState<SelectedKey | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  // Controlled, so what the agent typed stays in the boxes after each search.
  const [keyId, setKeyId] = useState("");
  const [who, setWho] = useState("");
  const [hidden, setHidden] = useState(false);
  const hide = useCallback(() => {
    setRevealed(null);
    setHidden(true);
  }, [setRevealed, setHidden]);
  const router = useRouter();
  // The page's count of this hour's reads includes the one just made (the key stays in this state only).
  const onRevealed = (result: Revealed) => {
    setHidden(false);
    setRevealed(result);
    router.refresh();
  };

  if (selected && revealed)
    return (
      <div className="space-y-4">
        <KeyDisplay
          locale={locale}
          keyId={selected.keyId}
          rotateAfterMinutes={rotateAfterMinutes}
          recoveryKey={revealed.key}
          barcodes={revealed.barcodes}
          deviceName={revealed.deviceName ?? selected.deviceName}
          autoHideSeconds={autoHideSeconds}
          onHide={hide}
          t={t}
        />
      </div>
    );

  return (
    <div className="space-y-6">
      <p role="status" className={hidden ? "text-ok font-semibold" : "sr-only"} data-testid="helpdesk-hidden">
        {hidden ? t("console.key.hidden") : ""}
      </p>
      <form action={find} className="card space-y-4" aria-labelledby="helpdesk-find">
        <h2 id="helpdesk-find" className="text-lg font-bold">
          {t("console.search.heading")}
        </h2>
        <SearchField
          name="keyId"
          label={t("console.search.keyId")}
          hint={t("console.search.keyIdHint")}
          value={keyId}
          onChange={setKeyId}
          maxLength={100}
          keyId
        />
        <SearchField
          name="who"
          label={t("console.search.who")}
          hint={t("console.search.whoHint")}
          value={who}
          onChange={setWho}
          maxLength={200}
        />
        <button type="submit" className="btn-primary" aria-disabled={searching || undefined}>
          {searching ? t("console.search.pending") : t("console.search.submit")}
        </button>
      </form>
      {search.status === "invalid" || search.status === "failed" ? (
        <p role="alert" className="text-danger font-semibold" data-testid="helpdesk-search-error">
          {t(SEARCH_ERRORS[search.error])}
        </p>
      ) : null}
      {search.status === "done" && search.corrections.length > 0 ? (
        <p className="text-sm">
          {t("console.search.corrected", {
            list: search.corrections.map((c) => `${c.from} → ${c.to}`).join(", "),
          })}
        </p>
      ) : null}
      {selected ? (
        <VerifyForm
          key={selected.keyId}
          selected={selected}
          rules={rules}
          t={t}
          onRevealed={onRevealed}
          onCancel={() => setSelected(null)}
        />
      ) : null}
      {search.status === "done" ? (
        <HelpdeskResults search={search.result} locale={locale} t={t} onSelect={setSelected} />
      ) : null}
    </div>
  );
}

/** One box of the search form, with its label and hint; a Key ID box is monospaced and upper-case. */
function SearchField(props: {
  name: "keyId" | "who";
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  keyId?: boolean;
}) {
  const id = props.keyId ? "helpdesk-key-id" : "helpdesk-who";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {props.label}
      </label>
      <p id={`${id}-hint`} className="text-muted text-sm">
        {props.hint}
      </p>
      <input
        id={id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize={props.keyId ? "characters" : undefined}
        maxLength={props.maxLength}
        aria-describedby={`${id}-hint`}
        className={`border-line bg-surface w-full rounded-lg border px-3 py-2${props.keyId ? "font-mono" : ""}`}
      />
    </div>
  );
}
