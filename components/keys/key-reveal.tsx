"use client";

import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { stepUpPath } from "@/lib/auth/step-up";
import { formatCountdown, formatDuration, formatMessage, formatWait, type Vars } from "@/lib/i18n/format";
import { revealRecoveryKey, type RevealResult } from "@/lib/portal/reveal";
import { splitRecoveryPassword } from "@/lib/recovery-key/password";
import { DriveCommands, type DriveCommandLabels } from "@/components/help/drive-commands";
import { KeyBlocks } from "./key-blocks";
import { RevealErrorNotice } from "./reveal-error";
import { RevealActions } from "./reveal-actions";
import type { RevealMessageKey } from "./reveal-messages";
import { RevealSubmit } from "./reveal-submit";
import { RotationOffer } from "./rotation-offer";
import { confirmBackInWindows } from "@/lib/rotation/actions";
import { StepByStep } from "./step-by-step";

type Props = {
  keyId: string;
  /** The Key ID as the recovery screen shows it, to quote to the help desk. */
  keyIdDisplay: string;
  /** An operating-system drive is typed at the recovery screen (block by block); a data drive is usually pasted. */
  driveKind: "os" | "data";
  autoHideSeconds: number;
  locale: string;
  messages: Record<RevealMessageKey, string>;
  signInHref: string;
  /** Where "Verify it's you" goes when the action asks for IT's step-up (default: back to this key). */
  stepUpHref?: string;
  /** IT's step-up, shown instead of the button while this sign-in does not meet it (StepUpNotice). */
  stepUp?: ReactNode;
  /** IT's notice still to be accepted in this session, or null. */
  notice: string | null;
  /** IT's "reason for access" choices; empty when not asked. */
  reasons: string[];
  /** IT has KeyDesk replace a shown key (ROTATE_AFTER_REVEAL) this many minutes later at the latest; null when not. */
  rotateAfterMinutes: number | null;
  /** Commands that use this key, shown once it is revealed (unlock at a command prompt). */
  commands: { kind: "unlock-data" | "unlock-os"; initialDrive: string; labels: DriveCommandLabels };
};

type State =
  | { kind: "hidden"; notice?: string }
  | { kind: "shown"; key: string; hidesAt: number }
  | { kind: "failed"; result: Extract<RevealResult, { ok: false }>; retryAt: number };

/**
 * "Show recovery key": asks the server for this one key only when pressed, shows it for a
 * limited time, and forgets it when hidden. The key is never put in the URL or any storage.
 */
export function KeyReveal({
  keyId,
  keyIdDisplay,
  driveKind,
  autoHideSeconds,
  locale,
  messages,
  signInHref,
  stepUpHref,
  stepUp,
  notice,
  reasons,
  rotateAfterMinutes,
  commands,
}: Props) {
  const t = (key: RevealMessageKey, vars?: Vars) => formatMessage(locale, messages[key], vars);
  const [state, setState] = useState<State>({ kind: "hidden" });
  const [pending, startTransition] = useTransition();
  const [now, setNow] = useState(() => Date.now());
  const [stepMode, setStepMode] = useState(false);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const [noticeAccepted, setNoticeAccepted] = useState(notice === null);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<"notice" | "reason" | null>(null);
  const keyHeading = useRef<HTMLHeadingElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const inFlight = useRef(false);
  const startHeading = useRef<HTMLHeadingElement>(null);

  const ticking = state.kind === "shown" || (state.kind === "failed" && state.retryAt > now);
  const hiddenNotice = t("reveal.hiddenAfter", { duration: formatDuration(locale, autoHideSeconds) });
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      setState((current) =>
        current.kind === "shown" && current.hidesAt <= at ? { kind: "hidden", notice: hiddenNotice } : current,
      );
    }, 1000);
    return () => clearInterval(timer);
  }, [ticking, hiddenNotice]);

  const secondsLeft = state.kind === "shown" ? Math.max(0, Math.ceil((state.hidesAt - now) / 1000)) : 0;
  useEffect(() => {
    if (state.kind === "shown") keyHeading.current?.focus();
  }, [state.kind]);
  useEffect(() => {
    // The first Tab on a freshly opened key page should reach "Show recovery key", not the
    // header: start keyboard navigation just before it, without scrolling the Key ID away.
    if (document.activeElement === document.body) startHeading.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    // Leaving the page (including into the back/forward cache) forgets the key.
    const forget = () => setState({ kind: "hidden" });
    window.addEventListener("pagehide", forget);
    return () => window.removeEventListener("pagehide", forget);
  }, []);

  function reveal() {
    // A second tap while Microsoft is still answering would read (and audit) the key twice.
    if (inFlight.current) return;
    if (!noticeAccepted) return setMissing("notice");
    if (reasons.length > 0 && !reason) return setMissing("reason");
    setMissing(null);
    setStepMode(false);
    inFlight.current = true;
    startTransition(async () => {
      const result = await revealRecoveryKey({ keyId, noticeAccepted, ...(reason ? { reason } : {}) });
      inFlight.current = false;
      const at = Date.now();
      setNow(at);
      if (result.ok) {
        setState({ kind: "shown", key: result.key, hidesAt: at + autoHideSeconds * 1000 });
        keepReceipt(result.receipt);
      } else setState({ kind: "failed", result, retryAt: at + (result.retryAfterSeconds ?? 0) * 1000 });
    });
  }

  function hide() {
    setState({ kind: "hidden" });
    setStepMode(false);
    requestAnimationFrame(() => showButton.current?.focus());
  }

  async function copyKey(key: string) {
    try {
      await navigator.clipboard.writeText(key);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
    setTimeout(() => setCopy("idle"), 4000);
  }

  if (state.kind === "shown") {
    const blocks = splitRecoveryPassword(state.key) ?? [];
    return (
      <section aria-labelledby="key-heading" className="space-y-4" data-testid="revealed-key">
        <h2 id="key-heading" ref={keyHeading} tabIndex={-1} className="text-xl font-bold">
          {t("reveal.heading")}
        </h2>
        <p className="sr-only" role="status">
          {t("reveal.shown", { time: formatCountdown(autoHideSeconds) })}
        </p>
        {stepMode ? (
          <StepByStep
            blocks={blocks}
            onDone={() => setStepMode(false)}
            labels={{
              position: (n, total) => t("reveal.position", { n, total }),
              previous: t("reveal.previous"),
              next: t("reveal.next"),
              done: t("reveal.done"),
              tapHint: t("reveal.tapHint"),
              lastHint: t("reveal.lastHint"),
              keysHint: t("reveal.keysHint"),
              readAloud: t("reveal.readAloud"),
              screenOn: t("reveal.screenOn"),
              checkReminder: driveKind === "os" ? t("reveal.checkReminder") : null,
            }}
          />
        ) : (
          <KeyBlocks blocks={blocks} blockLabel={(n) => t("reveal.block", { n })} />
        )}
        <p className="text-muted text-sm" data-testid="hides-in">
          {t("reveal.hidesIn", { time: formatCountdown(secondsLeft) })}
        </p>
        <RevealActions
          driveKind={driveKind}
          stepMode={stepMode}
          onStep={() => setStepMode(!stepMode)}
          onCopy={() => void copyKey(state.key)}
          onHide={hide}
          labels={{
            step: stepMode ? t("reveal.showAll") : t("reveal.stepByStep"),
            copy: t("reveal.copy"),
            hide: t("reveal.hide"),
          }}
        />
        {/* Out of the flow while empty, so no blank band sits under the buttons. */}
        <p role="status" className={copy === "idle" ? "sr-only" : "text-ok text-sm font-semibold"}>
          {copy === "copied" ? t("reveal.copied") : copy === "failed" ? t("reveal.copyFailed") : ""}
        </p>
        {rotateAfterMinutes === null ? (
          <p className="border-line bg-surface rounded-lg border p-3 text-sm">{t("reveal.rotationNote")}</p>
        ) : (
          <RotationOffer
            keyId={keyId}
            request={confirmBackInWindows}
            labels={{
              heading: t("reveal.rotation.heading"),
              body: t("reveal.rotation.body", { duration: formatDuration(locale, rotateAfterMinutes * 60) }),
              confirm: t("reveal.rotation.confirm"),
              done: t("reveal.rotation.done"),
              failed: t("reveal.rotation.failed", { duration: formatDuration(locale, rotateAfterMinutes * 60) }),
            }}
          />
        )}
        <details className="border-line bg-surface rounded-lg border p-3" data-testid="key-commands">
          <summary className="cursor-pointer font-semibold">{t("reveal.commands")}</summary>
          <div className="mt-3">
            <DriveCommands
              kind={commands.kind}
              initialDrive={commands.initialDrive}
              recoveryKey={state.key}
              labels={commands.labels}
            />
          </div>
        </details>
      </section>
    );
  }

  // Nothing to press until the person has verified it's them: the page comes back afterwards.
  if (stepUp) return stepUp;

  const failure = state.kind === "failed" ? state.result : null;
  const waitSeconds = state.kind === "failed" ? Math.max(0, Math.ceil((state.retryAt - now) / 1000)) : 0;
  return (
    <div className="space-y-3">
      <h2 id="key-start" ref={startHeading} tabIndex={-1} className="sr-only">
        {t("reveal.heading")}
      </h2>
      {state.kind === "hidden" && state.notice ? (
        <p role="status" className="text-sm">
          {state.notice}
        </p>
      ) : null}
      {notice && state.kind !== "failed" ? (
        <div className="border-line bg-surface space-y-2 rounded-lg border p-3" data-testid="reveal-notice">
          <p className="font-semibold">{t("reveal.notice.heading")}</p>
          <p className="text-sm whitespace-pre-line">{notice}</p>
          <label className="flex min-h-10 items-center gap-2 font-semibold">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={noticeAccepted}
              onChange={(e) => setNoticeAccepted(e.target.checked)}
            />
            {t("reveal.notice.accept")}
          </label>
        </div>
      ) : null}
      {reasons.length > 0 && state.kind !== "failed" ? (
        <fieldset className="border-line bg-surface space-y-1 rounded-lg border p-3">
          <legend className="px-1 font-semibold">{t("reveal.reason.legend")}</legend>
          {reasons.map((choice) => (
            <label key={choice} className="flex min-h-10 items-center gap-2">
              <input
                type="radio"
                name="reveal-reason"
                className="h-5 w-5"
                value={choice}
                checked={reason === choice}
                onChange={() => setReason(choice)}
              />
              {choice}
            </label>
          ))}
        </fieldset>
      ) : null}
      {missing ? (
        <p role="alert" className="text-danger text-sm font-semibold">
          {t(missing === "notice" ? "reveal.notice.required" : "reveal.reason.required")}
        </p>
      ) : null}
      {failure ? (
        <RevealErrorNotice
          error={failure.error}
          t={(k) => t(k, { keyId: keyIdDisplay, when: formatWait(locale, waitSeconds) })}
          signInHref={signInHref}
          stepUpHref={stepUpHref ?? stepUpPath(`/keys/${keyId}`)}
        />
      ) : null}
      {failure?.error === "forbidden" ||
      failure?.error === "not-found" ||
      failure?.error === "session-expired" ||
      failure?.error === "step-up-required" ? null : (
        <form action={reveal}>
          <RevealSubmit
            buttonRef={showButton}
            pending={pending}
            waiting={waitSeconds > 0}
            label={
              failure
                ? waitSeconds > 0
                  ? t("reveal.retryIn", { when: formatWait(locale, waitSeconds) })
                  : t("reveal.retry")
                : t("reveal.show")
            }
            pendingLabel={t("reveal.loading")}
            pendingStatus={t("reveal.pending")}
            noScript={t("reveal.noscript")}
          />
        </form>
      )}
      <p className="text-muted text-xs">{t("reveal.auditNote")}</p>
    </div>
  );
}

/**
 * Hands the reveal's signed receipt (Key ID and time, no key) to the server's reveal record, so
 * the page can later say that Windows replaced this key. Best effort: without it, no such notice.
 */
function keepReceipt(receipt: string) {
  void fetch("/api/reveal-record", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ receipt }),
  }).catch(() => undefined);
}
