"use client";

import { useEffect, useRef, useState } from "react";
import { spokenDigits } from "@/lib/recovery-key/password";

type Labels = { position: (n: number, total: number) => string; previous: string; next: string; done: string };

/** One block at a time, very large: for typing from a phone held in one hand. */
export function StepByStep({ blocks, labels, onDone }: { blocks: string[]; labels: Labels; onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), [index]);
  const block = blocks[index] ?? "";
  const last = index === blocks.length - 1;
  return (
    <div className="border-accent space-y-4 rounded-xl border-2 p-4 text-center" data-testid="step-by-step">
      <p ref={heading} tabIndex={-1} className="text-lg font-semibold" aria-live="polite">
        {labels.position(index + 1, blocks.length)}
        <span className="sr-only">: {spokenDigits(block)}</span>
      </p>
      <p
        aria-hidden="true"
        className="text-ink font-mono text-[3.25rem] leading-none font-bold tracking-[0.15em] tabular-nums sm:text-7xl"
        data-testid="current-block"
      >
        {block}
      </p>
      <div className="grid grid-cols-2 gap-3">
        <button type="button" className="btn-secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {labels.previous}
        </button>
        {last ? (
          <button type="button" className="btn-primary" onClick={onDone}>
            {labels.done}
          </button>
        ) : (
          <button type="button" className="btn-primary" onClick={() => setIndex(index + 1)}>
            {labels.next}
          </button>
        )}
      </div>
    </div>
  );
}
