import { getT } from "@/lib/i18n/server";
import type { KeyIdInputError } from "@/lib/recovery-key/key-id";

/** A plain GET form: it works before (and without) JavaScript, and `?keyId=` links land here. */
export async function KeyIdForm({ value, error }: { value: string; error: KeyIdInputError | null }) {
  const t = await getT();
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
        maxLength={80}
        aria-describedby={error ? "keyId-error keyId-help" : "keyId-help"}
        aria-invalid={error ? true : undefined}
        autoFocus={!value || Boolean(error)}
        placeholder="4290B6C0"
        className="border-line bg-surface placeholder:text-muted/60 focus:border-accent aria-[invalid=true]:border-danger block w-full rounded-lg border-2 px-3 py-3 font-mono text-xl tracking-wide uppercase"
      />
      {error ? (
        <p id="keyId-error" role="alert" className="text-danger text-sm font-semibold">
          {t(`lookup.error.${error}`)}
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full sm:w-auto">
        {t("lookup.submit")}
      </button>
    </form>
  );
}
