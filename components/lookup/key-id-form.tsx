import { getT } from "@/lib/i18n/server";
import { describeCorrections } from "@/components/lookup/corrections";
import type { KeyIdCorrection, KeyIdInput } from "@/lib/recovery-key/key-id";

type Props = {
  value: string;
  /** Why what was typed cannot be looked up, or null. */
  error: Extract<KeyIdInput, { ok: false }> | null;
  /** Look-alike letters read as digits, said back so the person can check them against the screen. */
  corrections: KeyIdCorrection[];
};

/** A plain GET form: it works before (and without) JavaScript, and `?keyId=` links land here. */
export async function KeyIdForm({ value, error, corrections }: Props) {
  const t = await getT();
  const correctionNote = corrections.length > 0 ? await describeCorrections(corrections) : null;
  const describedBy = ["keyId-help", error ? "keyId-error" : null, corrections.length ? "keyId-corrected" : null]
    .filter(Boolean)
    .join(" ");
  return (
    <form method="get" action="/" className="space-y-3" role="search" aria-label={t("lookup.formLabel")}>
      <label htmlFor="keyId" className="block text-lg font-semibold">
        {t("lookup.label")}
      </label>
      <p id="keyId-help" className="text-muted text-sm">
        {t("lookup.help")}
      </p>
      <input
        id="keyId"
        name="keyId"
        defaultValue={value}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        inputMode="text"
        maxLength={100}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoFocus={!value || Boolean(error)}
        placeholder="4290B6C0"
        className="border-line bg-surface placeholder:text-muted/60 focus:border-accent aria-[invalid=true]:border-danger block w-full rounded-lg border-2 px-3 py-3 font-mono text-xl tracking-wide uppercase"
      />
      {error ? (
        <p id="keyId-error" role="alert" className="text-danger text-sm font-semibold">
          {error.reason === "invalid-characters"
            ? t("lookup.error.invalid-characters", { character: error.character })
            : t(`lookup.error.${error.reason}`)}
        </p>
      ) : null}
      {corrections.length > 0 ? (
        <p id="keyId-corrected" role="status" className="text-sm" data-testid="key-id-corrected">
          {correctionNote}
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full sm:w-auto">
        {t("lookup.submit")}
      </button>
    </form>
  );
}
