import { MAX_LENGTH, type HandoffField, type HandoffFields as Values } from "@/lib/help/handoff";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { getT } from "@/lib/i18n/server";
import { Callout } from "./callout";

type Props = {
  /** Answer ids of the decision path, carried into the message. */
  path: string;
  values: Values;
  errors: Partial<Record<HandoffField | "form", MessageKey>>;
  /** Signed in: name and account come from the session, so those fields are not asked. */
  user: { name: string | null; upn: string | null } | null;
};

type FieldProps = {
  name: HandoffField;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  autoComplete: string;
  mono?: boolean;
};

function Field({ name, label, hint, error, value, autoComplete, mono = false }: FieldProps) {
  const described = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={`handoff-${name}`} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-muted text-sm">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-danger text-sm font-semibold">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <input
        id={`handoff-${name}`}
        name={name}
        defaultValue={value}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        maxLength={MAX_LENGTH[name]}
        className={`bg-surface text-ink min-h-12 w-full rounded-lg border-2 px-3 text-lg ${error ? "border-danger" : "border-line"} ${mono ? "font-mono" : ""}`}
      />
    </div>
  );
}

/**
 * The fields of the help-desk form (the form itself is HandoffPanel's, posting to a server
 * action). Browsers stop typing at each field's cap; the server checks it again.
 */
export async function HandoffFields({ path, values, errors, user }: Props) {
  const t = await getT();
  const error = (field: HandoffField) => (errors[field] ? t(errors[field], { max: MAX_LENGTH[field] }) : undefined);
  return (
    <div className="card space-y-4">
      <input type="hidden" name="path" value={path} />
      <p>{t("help.handoff.lead")}</p>
      <Callout tone="warning" title={t("help.common.warning")}>
        <p>{t("help.handoff.neverKey")}</p>
      </Callout>
      {Object.keys(errors).length > 0 ? (
        <div role="alert" className="border-danger text-danger rounded-lg border-2 p-3 font-semibold">
          <p>{t("help.handoff.errorSummary")}</p>
          {errors.form ? <p>{t(errors.form)}</p> : null}
        </div>
      ) : null}
      {user ? (
        <p className="font-semibold">
          {t("help.handoff.signedInAs", { name: user.name ?? user.upn ?? "", upn: user.upn ?? "" })}
        </p>
      ) : (
        <>
          <Field
            name="name"
            label={t("help.handoff.name")}
            error={error("name")}
            value={values.name}
            autoComplete="name"
          />
          <Field
            name="email"
            label={t("help.handoff.email")}
            error={error("email")}
            value={values.email}
            autoComplete="email"
          />
        </>
      )}
      <Field
        name="device"
        label={t("help.handoff.device")}
        hint={t("help.handoff.deviceHint")}
        error={error("device")}
        value={values.device}
        autoComplete="off"
        mono
      />
      <Field
        name="keyId"
        label={t("help.handoff.keyId")}
        hint={t("help.handoff.keyIdHint")}
        error={error("keyId")}
        value={values.keyId}
        autoComplete="off"
        mono
      />
      <button type="submit" className="btn-primary w-full sm:w-auto">
        {t("help.handoff.submit")}
      </button>
    </div>
  );
}
