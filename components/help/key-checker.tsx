"use client";

import { useId, useState } from "react";
import { checkRecoveryPasswordInput, type CheckResult } from "@/lib/recovery-key/checker";
import { KeyCheckerBlock, type BlockLabels } from "./key-checker-block";

export type KeyCheckerLabels = {
  label: string;
  hint: string;
  blocksLabel: string;
  blocks: BlockLabels;
  summary: {
    empty: string;
    /** Indexed by the number of valid blocks, 0–8. */
    progress: readonly string[];
    /** Indexed by the number of blocks that need checking, 0–8. */
    problems: readonly string[];
    allValid: string;
    repaired: string;
  };
  result: string;
  tooLong: string;
  invalidCharacters: string;
  validNote: string;
};

const NEEDS_CHECKING = new Set(["invalid", "ambiguous", "unrepairable"]);

function summarize(input: string, result: CheckResult, labels: KeyCheckerLabels["summary"]): string {
  if (input.trim() === "") return labels.empty;
  if (result.allValid && result.formatted) return labels.allValid;
  if (result.formatted) return labels.repaired;
  const valid = result.blocks.filter((block) => block.status === "valid" || block.status === "repaired").length;
  const problems = result.blocks.filter((block) => NEEDS_CHECKING.has(block.status)).length;
  return [labels.progress[valid], problems > 0 ? labels.problems[problems] : null].filter(Boolean).join(" ");
}

/**
 * Checks a recovery key typed from paper, entirely in the browser: the text is kept in component
 * state only — no form submission, no URL, no storage — and is gone when the page is left.
 */
export function KeyChecker({ labels }: { labels: KeyCheckerLabels }) {
  const id = useId();
  const [input, setInput] = useState("");
  const result = checkRecoveryPasswordInput(input);

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={`${id}-key`} className="block text-lg font-semibold">
          {labels.label}
        </label>
        <p id={`${id}-hint`} className="text-muted text-sm">
          {labels.hint}
        </p>
        <textarea
          id={`${id}-key`}
          value={input}
          onChange={(event) => setInput(event.target.value)}
          rows={3}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          className="border-line bg-surface text-ink w-full resize-y rounded-lg border-2 p-3 font-mono text-2xl tracking-wider"
        />
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" className="space-y-1 font-semibold">
        <p>{summarize(input, result, labels.summary)}</p>
        {result.tooLong ? <p className="text-danger">⚠ {labels.tooLong}</p> : null}
        {result.invalidCharacters ? <p className="text-danger">⚠ {labels.invalidCharacters}</p> : null}
      </div>
      <ol aria-label={labels.blocksLabel} className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {result.blocks.map((block) => (
          <KeyCheckerBlock key={block.index} block={block} labels={labels.blocks} />
        ))}
      </ol>
      {result.formatted ? (
        <div className="card space-y-2" data-testid="checker-result">
          <p className="font-semibold">{labels.result}</p>
          <p className="font-mono text-xl [overflow-wrap:anywhere] sm:text-2xl">{result.formatted}</p>
          <p className="text-muted text-sm">{labels.validNote}</p>
        </div>
      ) : null}
    </div>
  );
}
