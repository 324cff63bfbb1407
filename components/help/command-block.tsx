"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { commandPieces } from "@/lib/help/command-tokens";

export type CopyLabels = { copy: string; copied: string; copyFailed: string };

type Props = {
  /** The exact text to show and copy: a command line or a message. */
  text: string;
  /** What this is, e.g. "PowerShell (as administrator)"; also names the copy button. */
  label: string;
  labels: CopyLabels;
};

const CONFIRMATION_MS = 4000;
const noSubscription = () => () => {};

/**
 * Monospace text with a copy button. Without JavaScript the button is not rendered and the
 * text can still be selected. Lines wrap only between arguments, never inside one (a key or a
 * drive letter split over two lines gets typed wrongly); an argument wider than the box scrolls
 * sideways inside it instead of widening the page.
 */
export function CommandBlock({ text, label, labels }: Props) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    timer.current = setTimeout(() => setState("idle"), CONFIRMATION_MS);
  }

  return (
    <figure className="border-line bg-canvas min-w-0 overflow-hidden rounded-lg border">
      <figcaption className="border-line text-muted flex min-h-11 flex-wrap items-center justify-between gap-2 border-b px-3 py-1.5 text-sm font-semibold">
        <span>{label}</span>
        {hydrated ? (
          <button
            type="button"
            onClick={() => void copy()}
            className="border-line bg-surface text-ink hover:bg-canvas inline-flex min-h-10 items-center gap-1.5 rounded-md border px-3 text-sm font-semibold"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="h-4 w-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
            >
              {state === "copied" ? <path d="m4 10 4 4 8-8" /> : <path d="M7 7V4h9v9h-3M4 7h9v9H4z" />}
            </svg>
            {state === "copied" ? labels.copied : labels.copy}
            <span className="sr-only"> – {label}</span>
          </button>
        ) : null}
      </figcaption>
      {/* Focusable so that a keyboard can scroll an argument wider than the box. */}
      <pre
        tabIndex={0}
        className="text-ink focus-visible:outline-accent overflow-x-auto px-3 py-3 font-mono text-sm leading-relaxed [overflow-wrap:normal] whitespace-pre-wrap focus-visible:outline-2 focus-visible:-outline-offset-2 sm:text-base"
      >
        <code>
          {commandPieces(text).map((piece, index) =>
            piece.kind === "space" ? (
              piece.text
            ) : (
              <span key={index} data-command-token="" className="whitespace-pre">
                {piece.text}
              </span>
            ),
          )}
        </code>
      </pre>
      <p
        role="status"
        aria-live="polite"
        className={state === "idle" ? "sr-only" : "border-line border-t px-3 py-1.5 text-sm"}
      >
        {state === "copied" ? `✓ ${labels.copied}` : state === "failed" ? labels.copyFailed : ""}
      </p>
    </figure>
  );
}
