import type { RevealError } from "@/lib/portal/reveal";
import { REVEAL_ERROR_MESSAGES, type RevealMessageKey } from "./reveal-messages";

/** Why the key was not shown, in the person's language, with the way out where there is one. */
export function RevealErrorNotice({
  error,
  t,
  signInHref,
  stepUpHref,
}: {
  error: RevealError;
  t: (k: RevealMessageKey) => string;
  signInHref: string;
  /** Where "Verify it's you" starts the re-authentication IT asks for (a plain link). */
  stepUpHref?: string;
}) {
  return (
    <div role="alert" className="border-danger/60 space-y-2 rounded-lg border p-3" data-testid="reveal-error">
      <p className="text-danger font-semibold">{t(REVEAL_ERROR_MESSAGES[error])}</p>
      {error === "session-expired" ? (
        <a className="btn-primary" href={signInHref}>
          {t("reveal.error.signIn")}
        </a>
      ) : null}
      {error === "step-up-required" && stepUpHref ? (
        <a className="btn-primary" href={stepUpHref} data-testid="step-up-link">
          {t("reveal.stepUp.button")}
        </a>
      ) : null}
    </div>
  );
}
