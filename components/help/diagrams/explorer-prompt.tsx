import { FittedText } from "./fitted-text";

type Props = { label: string; title: string; moreOptions: string; enterKey: string };

/** The unlock prompt of a locked drive: "More options", then "Enter recovery key", both outlined. */
export function ExplorerPromptDiagram({ label, title, moreOptions, enterKey }: Props) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox="0 0 300 230"
      className="h-auto w-full max-w-md"
      fontFamily="'Segoe UI', system-ui, sans-serif"
    >
      <title>{label}</title>
      <rect x="1" y="1" width="298" height="228" rx="8" className="fill-surface stroke-line" strokeWidth="2" />
      <rect x="1" y="1" width="298" height="34" rx="8" className="fill-canvas" />
      <rect x="14" y="11" width="12" height="10" rx="2" className="stroke-ink fill-none" strokeWidth="2" />
      <path d="M16 11V8a4 4 0 0 1 8 0v3" className="stroke-ink fill-none" strokeWidth="2" />
      <FittedText x="34" y="23" fontWeight="600" className="fill-ink" text={title} fontSize={13} maxWidth={254} />
      <rect x="16" y="48" width="190" height="6" rx="3" className="fill-line" />
      <rect x="16" y="62" width="268" height="26" rx="3" className="fill-surface stroke-muted" strokeWidth="1.5" />
      <rect x="10" y="98" width="106" height="30" rx="6" fill="none" stroke="#e0a800" strokeWidth="3" />
      <FittedText
        x="18"
        y="118"
        fontWeight="600"
        className="fill-accent"
        textDecoration="underline"
        text={moreOptions}
        fontSize={13}
        maxWidth={90}
      />
      <path d="M63 132v22" className="stroke-muted" strokeWidth="2" />
      <path d="M57 148l6 7 6-7" fill="none" className="stroke-muted" strokeWidth="2" />
      <rect x="10" y="160" width="160" height="30" rx="6" fill="none" stroke="#e0a800" strokeWidth="3" />
      <FittedText
        x="18"
        y="180"
        fontWeight="600"
        className="fill-accent"
        textDecoration="underline"
        text={enterKey}
        fontSize={13}
        maxWidth={144}
      />
      <rect x="196" y="194" width="88" height="24" rx="4" className="fill-accent" />
    </svg>
  );
}
