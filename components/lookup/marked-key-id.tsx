import { Fragment } from "react";
import { breakAfterDashes } from "@/components/keys/key-id-text";
import { formatKeyIdForDisplay } from "@/lib/recovery-key/key-id";

/**
 * A Key ID with some characters marked: underlined, bold and tinted, so the difference does
 * not rest on colour alone; screen readers announce the marks, and the list says what they mean.
 * Like KeyIdText, it wraps only after a dash, never inside a group of hex digits.
 */
export function MarkedKeyId({ keyId, marks }: { keyId: string; marks: Set<number> }) {
  const shown = formatKeyIdForDisplay(keyId);
  const runs: { text: string; marked: boolean }[] = [];
  [...shown].forEach((character, index) => {
    const marked = marks.has(index);
    const last = runs[runs.length - 1];
    if (last && last.marked === marked) last.text += character;
    else runs.push({ text: character, marked });
  });
  return (
    <span className="key-id break-normal">
      {runs.map((run, index) =>
        run.marked ? (
          <mark
            key={index}
            className="bg-accent/20 text-ink rounded-sm font-bold underline decoration-2 underline-offset-2"
          >
            {breakAfterDashes(run.text)}
          </mark>
        ) : (
          <Fragment key={index}>{breakAfterDashes(run.text)}</Fragment>
        ),
      )}
    </span>
  );
}
