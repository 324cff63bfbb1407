import { Fragment } from "react";
import { formatKeyIdForDisplay } from "@/lib/recovery-key/key-id";

/**
 * A Key ID that wraps only after its dashes, never inside a group of hex digits: a person
 * compares it group by group with the screen. Optionally the first 8 characters stand out,
 * since they are enough to tell keys apart.
 */
export function KeyIdText({ id, emphasizeFirst = false }: { id: string; emphasizeFirst?: boolean }) {
  const groups = formatKeyIdForDisplay(id).split("-");
  return (
    <span className="break-normal">
      {groups.map((group, index) => (
        <Fragment key={index}>
          {index > 0 ? (
            <>
              {"-"}
              <wbr />
            </>
          ) : null}
          {index === 0 && emphasizeFirst ? (
            <strong className="bg-accent/15 text-ink rounded px-1">{group}</strong>
          ) : (
            group
          )}
        </Fragment>
      ))}
    </span>
  );
}
