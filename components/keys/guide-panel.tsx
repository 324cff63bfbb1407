"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, type ReactNode } from "react";

/** Where focus goes back to when the guide closes: the shown key, or the button that shows it. */
const KEY_FOCUS_TARGETS = ["key-heading", "key-start"];
/** Where the panel sits beside the page instead of over it (app/globals.css, `.guide-panel`). */
const WIDE = "(min-width: 64rem)";

type Props = {
  /** The key page to return to; null when the guide was opened without one (then: Back). */
  keyHref: string | null;
  closeLabel: string;
  children: ReactNode;
};

/**
 * A guide opened from a key page, beside the key on a wide screen and over it on a phone. The key
 * page stays mounted underneath, so a shown key stays in the page's memory: closing the guide
 * needs no second reveal. Escape or "Back to your key" closes it and puts focus back on the key.
 */
export function GuidePanel({ keyHref, closeLabel, children }: Props) {
  const router = useRouter();
  const close = useCallback(
    () => (keyHref ? router.push(keyHref, { scroll: false }) : router.back()),
    [keyHref, router],
  );
  useEffect(() => {
    // Beside the key (wide screens), bring the key back into view: the guide link sits below it.
    if (window.matchMedia(WIDE).matches) document.getElementById("key-heading")?.scrollIntoView({ block: "start" });
    // A step change inside the panel remounts it: continue at the step heading.
    (document.getElementById("guide-step-heading") ?? document.getElementById("guide-panel"))?.focus({
      preventScroll: true,
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      requestAnimationFrame(() => {
        if (document.querySelector("[data-guide-panel]")) return;
        KEY_FOCUS_TARGETS.map((id) => document.getElementById(id))
          .find(Boolean)
          ?.focus();
      });
    };
  }, [close]);

  return (
    <div
      id="guide-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="guide-title"
      tabIndex={-1}
      data-guide-panel=""
      className="guide-panel bg-canvas focus:outline-none"
    >
      <div className="bg-surface border-line sticky top-0 z-10 border-b px-4 py-2">
        <button type="button" className="link inline-flex min-h-11 items-center gap-1 font-semibold" onClick={close}>
          <span aria-hidden="true">←</span> {closeLabel}
        </button>
      </div>
      <div className="px-4 py-4">{children}</div>
    </div>
  );
}
