"use client";

import { useActionState, type ReactNode } from "react";
import type { HandoffField } from "@/lib/help/handoff";
import { MAX_LENGTH, type HandoffLabels, type HandoffView } from "@/lib/help/handoff-view";
import { CommandBlock } from "./command-block";

type Props = {
  /** Checks the fields and answers with what to show next: the fields again, or the message. */
  action: (shown: HandoffView, form: FormData) => Promise<HandoffView>;
  /** Answer ids of the decision path, carried into the message. */
  path: string;
  /** Signed in: name and account come from the session, so those fields are not asked. */
  signedIn: boolean;
  labels: HandoffLabels;
  /** Rendered on the server: the lead, the warning and who is signed in. */
  intro: ReactNode;
  /** Rendered on the server: how to reach the help desk. */
  contact: ReactNode;
};

const EMPTY: HandoffView = { kind: "form", values: { name: "", email: "", device: "", keyId: "" }, errors: {} };

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
        // A new answer from the server replaces what is shown, also without JavaScript.
        key={value}
        id={`handoff-${name}`}
        name={name}
        defaultValue={value}
        autoComplete={autoComplete}
        spellCheck={false}
        maxLength={MAX_LENGTH[name]}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className={`bg-surface text-ink min-h-12 w-full rounded-lg border-2 px-3 text-lg ${error ? "border-danger" : "border-line"} ${mono ? "font-mono" : ""}`}
      />
    </div>
  );
}

/**
 * The help-desk form. It posts to a server action and shows its answer in place, so nothing typed
 * ever appears in a URL (history, access logs, Referer). Without JavaScript the browser posts the
 * form to this page, which is rendered with the answer.
 */
export function HandoffPanel({ action, path, signedIn, labels, intro, contact }: Props) {
  const [shown, formAction] = useActionState(action, EMPTY);
  const { values } = shown;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="path" value={path} />
      {shown.kind === "summary" ? (
        <section aria-labelledby="handoff-summary" className="card space-y-4">
          <h2 id="handoff-summary" className="text-xl font-bold sm:text-2xl">
            {labels.summaryHeading}
          </h2>
          <CommandBlock label={labels.copyLabel} text={shown.body} labels={labels.copy} />
          {shown.mailto ? (
            <a className="btn-primary w-full sm:w-auto" href={shown.mailto} data-testid="handoff-mailto">
              {labels.send}
            </a>
          ) : (
            <p>{labels.noEmail}</p>
          )}
          <p className="text-muted text-sm">{labels.neverKey}</p>
          {contact}
          {(["name", "email", "device", "keyId"] as const).map((name) => (
            <input key={name} type="hidden" name={name} value={values[name]} />
          ))}
          <button type="submit" name="intent" value="edit" className="link inline-flex min-h-11 items-center">
            {labels.edit}
          </button>
        </section>
      ) : (
        <div className="card space-y-4">
          {intro}
          {Object.keys(shown.errors).length > 0 ? (
            <div role="alert" className="border-danger text-danger rounded-lg border-2 p-3 font-semibold">
              <p>{labels.errorSummary}</p>
              {shown.errors.form ? <p>{shown.errors.form}</p> : null}
            </div>
          ) : null}
          {signedIn ? null : (
            <>
              <Field
                name="name"
                label={labels.name}
                error={shown.errors.name}
                value={values.name}
                autoComplete="name"
              />
              <Field
                name="email"
                label={labels.email}
                error={shown.errors.email}
                value={values.email}
                autoComplete="email"
              />
            </>
          )}
          <Field
            name="device"
            label={labels.device}
            hint={labels.deviceHint}
            error={shown.errors.device}
            value={values.device}
            autoComplete="off"
            mono
          />
          <Field
            name="keyId"
            label={labels.keyId}
            hint={labels.keyIdHint}
            error={shown.errors.keyId}
            value={values.keyId}
            autoComplete="off"
            mono
          />
          <button type="submit" className="btn-primary w-full sm:w-auto">
            {labels.submit}
          </button>
        </div>
      )}
    </form>
  );
}
