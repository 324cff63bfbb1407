"use client";

import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import { stepUpPath } from "@/lib/auth/step-up";
import { revealForCaller, type HelpdeskRevealError, type HelpdeskRevealResult } from "@/lib/helpdesk/actions";
import { formatKeyIdForDisplay } from "@/lib/recovery-key/key-id";
import { FAILURE_MESSAGES, type HelpdeskKey, type HelpdeskT } from "./labels";
import type { SelectedKey } from "./results";

export type VerifyRules = { ticketHint: string | null; reasons: string[]; checks: string[] };

const ERRORS: Record<HelpdeskRevealError, HelpdeskKey> = {
  "ticket-missing": "console.error.ticket-missing",
  "ticket-invalid": "console.error.ticket-invalid",
  "reason-required": "console.error.reason-required",
  "checks-incomplete": "console.error.checks-incomplete",
  "invalid-input": "console.error.invalid-input",
  ...FAILURE_MESSAGES,
  "not-found": "console.error.not-found",
  "step-up-required": "console.error.step-up",
};

type Props = {
  selected: SelectedKey;
  rules: VerifyRules;
  t: HelpdeskT;
  onRevealed: (result: Extract<HelpdeskRevealResult, { ok: true }>) => void;
  onCancel: () => void;
};

/** Before the key: the ticket, a reason from IT's list, and IT's identity checks; nothing is shown until all are given. */
export function VerifyForm({ selected, rules, t, onRevealed, onCancel }: Props) {
  const [error, setError] = useState<HelpdeskRevealError | null>(null);
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // Submitted by hand: a form action would reset the form after each try, and the agent would type it all again.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
    const ticket = text(form.get("ticket"));
    const reason = text(form.get("reason"));
    const checks = form.getAll("check").map(text);
    startTransition(async () => {
      const result = await revealForCaller({ keyId: selected.keyId, ticket, reason, checks });
      if (result.ok) onRevealed(result);
      else setError(result.error);
    });
  }

  return (
    <section aria-labelledby="helpdesk-verify" className="card space-y-4" data-testid="helpdesk-verify">
      <h2 id="helpdesk-verify" ref={heading} className="text-lg font-bold" tabIndex={-1}>
        {t("console.verify.heading")}
      </h2>
      <p className="text-sm">
        {t("console.verify.selected", {
          device: selected.deviceName,
          keyId: formatKeyIdForDisplay(selected.keyId),
          owner: selected.owner ?? t("console.device.unknown"),
        })}
      </p>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="space-y-1">
          <label htmlFor="helpdesk-ticket" className="block font-semibold">
            {t("console.verify.ticket")}
          </label>
          {rules.ticketHint ? (
            <p id="helpdesk-ticket-hint" className="text-muted text-sm">
              {t("console.verify.ticketHint", { example: rules.ticketHint })}
            </p>
          ) : null}
          <input
            id="helpdesk-ticket"
            name="ticket"
            required
            autoComplete="off"
            maxLength={64}
            aria-describedby={rules.ticketHint ? "helpdesk-ticket-hint" : undefined}
            aria-invalid={error === "ticket-missing" || error === "ticket-invalid" || undefined}
            className="border-line bg-surface w-full rounded-lg border px-3 py-2"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="helpdesk-reason" className="block font-semibold">
            {t("console.verify.reason")}
          </label>
          <select
            id="helpdesk-reason"
            name="reason"
            required
            defaultValue=""
            className="border-line bg-surface w-full rounded-lg border px-3 py-2"
          >
            <option value="" disabled>
              {t("console.verify.reasonChoose")}
            </option>
            {rules.reasons.map((reason) => (
              <option key={reason} value={reason}>
                {reason}
              </option>
            ))}
          </select>
        </div>
        {rules.checks.length > 0 ? (
          <fieldset className="space-y-1">
            <legend className="font-semibold">{t("console.verify.checks")}</legend>
            {rules.checks.map((check) => (
              <label key={check} className="flex min-h-10 items-center gap-2">
                <input type="checkbox" name="check" value={check} className="h-5 w-5 shrink-0" />
                {check}
              </label>
            ))}
          </fieldset>
        ) : null}
        {error ? (
          <p role="alert" className="text-danger font-semibold" data-testid="helpdesk-error">
            {t(ERRORS[error])}
          </p>
        ) : null}
        {error === "step-up-required" ? (
          <a className="btn-primary" href={stepUpPath("/helpdesk")} data-testid="step-up-link">
            {t("console.stepUp.button")}
          </a>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary" aria-disabled={pending || undefined} disabled={pending}>
            {pending ? t("console.verify.pending") : t("console.verify.show")}
          </button>
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("console.verify.cancel")}
          </button>
        </div>
      </form>
      <p className="text-muted text-xs">{t("console.verify.auditNote")}</p>
    </section>
  );
}
