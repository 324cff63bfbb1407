import type { ReactNode } from "react";

type Props = { tone: "warning" | "tip"; title: string; children: ReactNode };

/** A boxed note whose kind is said in words and shown by an icon, not by colour alone. */
export function Callout({ tone, title, children }: Props) {
  const warning = tone === "warning";
  return (
    <div
      role="note"
      className={`bg-surface flex gap-3 rounded-lg border-2 p-4 ${warning ? "border-danger" : "border-accent"}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className={`mt-0.5 h-6 w-6 shrink-0 ${warning ? "text-danger" : "text-accent"}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        {warning ? (
          <path d="M12 3 2 21h20L12 3Zm0 7v5m0 3v.01" strokeLinejoin="round" strokeLinecap="round" />
        ) : (
          <path
            d="M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3Z"
            strokeLinejoin="round"
          />
        )}
      </svg>
      <div className="min-w-0 space-y-1">
        <p className={`font-bold ${warning ? "text-danger" : "text-accent"}`}>{title}</p>
        <div className="space-y-2">{children}</div>
      </div>
    </div>
  );
}
