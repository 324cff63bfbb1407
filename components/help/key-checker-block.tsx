import type { BlockStatus, CheckedBlock } from "@/lib/recovery-key/checker";
import { spokenDigits } from "@/lib/recovery-key/password";

export type BlockLabels = {
  /** "Block 1" … "Block 8". */
  names: readonly string[];
  /** "0 of 6 digits" … "6 of 6 digits". */
  digitsTyped: readonly string[];
  status: Record<BlockStatus, string>;
  detail: { invalid: string; repaired: string; ambiguous: string; unrepairable: string };
};

const LOOK: Record<BlockStatus, { icon: string; border: string; text: string }> = {
  valid: { icon: "✓", border: "border-ok", text: "text-ok" },
  repaired: { icon: "✓", border: "border-ok", text: "text-ok" },
  invalid: { icon: "✗", border: "border-danger", text: "text-danger" },
  unrepairable: { icon: "✗", border: "border-danger", text: "text-danger" },
  ambiguous: { icon: "?", border: "border-accent", text: "text-accent" },
  incomplete: { icon: "…", border: "border-line", text: "text-muted" },
};

/** The typed block with the digits that replaced `?` marked. */
function Digits({ typed, repaired }: { typed: string; repaired?: string }) {
  if (!repaired) return <span>{typed.padEnd(6, "·")}</span>;
  return (
    <span>
      {Array.from(repaired, (digit, index) =>
        typed[index] === "?" ? (
          <mark key={index} className="bg-ok text-surface rounded px-0.5">
            {digit}
          </mark>
        ) : (
          <span key={index}>{digit}</span>
        ),
      )}
    </span>
  );
}

/** One of the 8 blocks: its digits, its status in words and an icon, and what to do about it. */
export function KeyCheckerBlock({ block, labels }: { block: CheckedBlock; labels: BlockLabels }) {
  const look = LOOK[block.status];
  const shown = block.repaired ?? block.text;
  return (
    <li
      className={`bg-surface space-y-1 rounded-lg border-2 p-3 ${look.border}`}
      data-testid="checker-block"
      data-status={block.status}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold">{labels.names[block.index]}</span>
        <span className={`font-bold ${look.text}`}>
          <span aria-hidden="true">{look.icon} </span>
          {labels.status[block.status]}
        </span>
      </div>
      <p className="font-mono text-2xl tracking-widest">
        <span aria-hidden="true">
          <Digits typed={block.text} repaired={block.repaired} />
        </span>
        <span className="sr-only">{spokenDigits(shown)}</span>
      </p>
      {block.status === "incomplete" ? (
        <p className="text-muted text-sm">{labels.digitsTyped[block.text.length]}</p>
      ) : null}
      {block.status === "invalid" ? <p className="text-sm">{labels.detail.invalid}</p> : null}
      {block.status === "unrepairable" ? <p className="text-sm">{labels.detail.unrepairable}</p> : null}
      {block.status === "repaired" ? <p className="text-sm">{labels.detail.repaired}</p> : null}
      {block.status === "ambiguous" ? (
        <div className="text-sm">
          <p>{labels.detail.ambiguous}</p>
          <ul className="mt-1 flex flex-wrap gap-2 font-mono text-lg">
            {block.candidates?.map((candidate) => (
              <li key={candidate} className="border-line rounded border px-2">
                {candidate}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
