import { spokenDigits } from "@/lib/recovery-key/password";

/**
 * The 48 digits as eight numbered blocks of six, large and high-contrast, so they can be read
 * at arm's length and typed block by block. Screen readers hear each block digit by digit.
 */
export function KeyBlocks({ blocks, blockLabel }: { blocks: string[]; blockLabel: (n: number) => string }) {
  return (
    <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="key-blocks">
      {blocks.map((block, index) => (
        <li key={index} className="border-ink/80 bg-surface flex items-baseline gap-2 rounded-lg border-2 px-2 py-2">
          <span aria-hidden="true" className="text-muted w-4 text-right text-xs font-semibold">
            {index + 1}
          </span>
          <span
            aria-hidden="true"
            className="text-ink font-mono text-[1.75rem] leading-none font-bold tracking-wider tabular-nums sm:text-3xl"
            data-testid="key-block"
          >
            {block}
          </span>
          <span className="sr-only">{`${blockLabel(index + 1)}: ${spokenDigits(block)}`}</span>
        </li>
      ))}
    </ol>
  );
}
