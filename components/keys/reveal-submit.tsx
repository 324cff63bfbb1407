"use client";

import type { Ref } from "react";

type Props = {
  buttonRef: Ref<HTMLButtonElement>;
  pending: boolean;
  /** A wait still running (throttled or rate-limited): the button says until when, and is off. */
  waiting: boolean;
  label: string;
  pendingLabel: string;
  /** Said to screen readers once the request is on its way (the button's own text may not be). */
  pendingStatus: string;
  noScript: string;
};

/**
 * The "Show recovery key" button: a submit button of a form whose action asks for the key, so a
 * tap before the page has finished loading is kept and replayed, and the button shows progress
 * while Microsoft answers. Without JavaScript there is nothing it could do: it is hidden and a
 * message says why.
 */
export function RevealSubmit({ buttonRef, pending, waiting, label, pendingLabel, pendingStatus, noScript }: Props) {
  return (
    <>
      <button
        ref={buttonRef}
        type="submit"
        className="btn-primary w-full text-lg aria-disabled:opacity-80 [@media(scripting:none)]:hidden"
        disabled={waiting}
        aria-disabled={pending || undefined}
        aria-busy={pending || undefined}
        data-testid="reveal-button"
      >
        {pending ? (
          <>
            <span
              aria-hidden="true"
              className="h-5 w-5 shrink-0 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
            />
            {pendingLabel}
          </>
        ) : (
          label
        )}
      </button>
      <p role="status" className="sr-only">
        {pending ? pendingStatus : ""}
      </p>
      <noscript>
        <p className="border-danger/60 rounded-lg border p-3 text-sm font-semibold" data-testid="reveal-noscript">
          {noScript}
        </p>
      </noscript>
    </>
  );
}
