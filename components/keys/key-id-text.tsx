import { Fragment, type ReactNode } from "react";
import { formatKeyIdForDisplay } from "@/lib/recovery-key/key-id";

/** Text of a Key ID that may break only after a dash, never inside a group of hex digits. */
export function breakAfterDashes(text: string): ReactNode {
  return text.split("-").map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? (
        <>
          {"-"}
          <wbr />
        </>
      ) : null}
      {part}
    </Fragment>
  ));
}

/**
 * A Key ID that wraps only after its dashes: a person compares it group by group with the
 * screen. Optionally the first 8 characters stand out, since they are enough to tell keys apart.
 */
export function KeyIdText({ id, emphasizeFirst = false }: { id: string; emphasizeFirst?: boolean }) {
  const [first = "", ...rest] = formatKeyIdForDisplay(id).split("-");
  const tail = rest.length > 0 ? breakAfterDashes(`-${rest.join("-")}`) : null;
  return (
    <span className="break-normal">
      {emphasizeFirst ? <strong className="bg-accent/15 text-ink rounded px-1">{first}</strong> : first}
      {tail}
    </span>
  );
}
