"use client";

import { useEffect, useRef, useState } from "react";
import { spokenDigits } from "@/lib/recovery-key/password";
import { speechTextForBlock, stepMoveFor } from "./step-keys";
import { keepScreenOn, type WakeLockState } from "./wake-lock";

export type StepLabels = {
  position: (n: number, total: number) => string;
  previous: string;
  next: string;
  done: string;
  tapHint: string;
  lastHint: string;
  keysHint: string;
  readAloud: string;
  screenOn: string;
  /** Only where Windows checks each block as it is typed (the recovery screen). */
  checkReminder: string | null;
};

/**
 * One block at a time, as large as the screen allows: for typing the key into another machine
 * from a phone held in one hand. Tapping the block, or a forward key, shows the next one; the
 * screen is kept on while this view is open, and a block can be read aloud in the page's language.
 */
export function StepByStep({ blocks, labels, onDone }: { blocks: string[]; labels: StepLabels; onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const [wake, setWake] = useState<WakeLockState>("off");
  const heading = useRef<HTMLParagraphElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const block = blocks[index] ?? "";
  const last = index === blocks.length - 1;
  const canSpeak = typeof window !== "undefined" && "speechSynthesis" in window;

  const move = (to: number) => setIndex(Math.min(blocks.length - 1, Math.max(0, to)));

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => keepScreenOn(navigator, document, setWake), []);
  useEffect(() => () => window.speechSynthesis?.cancel(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Keys belong to this view only while focus is in it (or nowhere): a guide open beside
      // the key, or a form, keeps its arrow keys and Escape.
      const inView =
        event.target === document.body || (event.target instanceof Node && view.current?.contains(event.target));
      if (!inView) return;
      const { key, altKey, ctrlKey, metaKey } = event;
      const targetTag = event.target instanceof Element ? event.target.tagName : null;
      const action = stepMoveFor({ key, altKey, ctrlKey, metaKey, targetTag });
      if (!action) return;
      event.preventDefault();
      if (action === "exit") onDone();
      else setIndex((i) => Math.min(blocks.length - 1, Math.max(0, i + (action === "next" ? 1 : -1))));
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [blocks.length, onDone]);

  function readAloud() {
    const lang = document.documentElement.lang || "en";
    const utterance = new SpeechSynthesisUtterance(speechTextForBlock(block, lang));
    utterance.lang = lang;
    utterance.rate = 0.8;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }

  return (
    <div
      ref={view}
      className="border-accent space-y-3 rounded-xl border-2 p-3 text-center sm:p-4"
      data-testid="step-by-step"
    >
      <p ref={heading} tabIndex={-1} className="text-lg leading-snug font-semibold" aria-live="polite">
        {labels.position(index + 1, blocks.length)}
        <span className="sr-only">: {spokenDigits(block)}</span>
      </p>
      <button
        type="button"
        className="hover:bg-canvas block w-full touch-manipulation rounded-lg px-1 py-5"
        onClick={() => move(index + 1)}
        aria-disabled={last}
        data-testid="step-tap-area"
      >
        <span
          aria-hidden="true"
          className="text-ink block font-mono text-[clamp(2.75rem,15vw,4.5rem)] leading-none font-bold tracking-[0.12em] tabular-nums"
          data-testid="current-block"
        >
          {block}
        </span>
        <span className="text-muted mt-3 block text-sm">{last ? labels.lastHint : labels.tapHint}</span>
      </button>
      {labels.checkReminder ? <p className="bg-canvas rounded-lg p-2 text-sm">{labels.checkReminder}</p> : null}
      <div className="grid grid-cols-2 gap-3">
        <button type="button" className="btn-secondary px-2" disabled={index === 0} onClick={() => move(index - 1)}>
          {labels.previous}
        </button>
        <button type="button" className="btn-primary px-2" onClick={last ? onDone : () => move(index + 1)}>
          {last ? labels.done : labels.next}
        </button>
      </div>
      {canSpeak ? (
        <button type="button" className="btn-secondary w-full" onClick={readAloud}>
          {labels.readAloud}
        </button>
      ) : null}
      <p className="text-muted hidden text-xs sm:block">{labels.keysHint}</p>
      {wake === "on" ? (
        <p className="text-muted text-xs" data-testid="screen-on">
          {labels.screenOn}
        </p>
      ) : null}
    </div>
  );
}
