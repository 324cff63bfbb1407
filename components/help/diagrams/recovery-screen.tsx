import { FittedText } from "./fitted-text";

type Props = { label: string; heading: string; prompt: string; keyIdLabel: string; callout: string };

/** The example Key ID from Microsoft's documentation of the recovery screen. */
const SAMPLE_KEY_ID = "4290B6C0-B17A-497A-8552-272CC30E80D4";

/** The blue recovery screen, drawn for KeyDesk, with the Recovery key ID outlined. */
export function RecoveryScreenDiagram({ label, heading, prompt, keyIdLabel, callout }: Props) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox="0 0 300 214"
      className="h-auto w-full max-w-xl rounded-lg"
      fontFamily="'Segoe UI', system-ui, sans-serif"
    >
      <title>{label}</title>
      <rect width="300" height="214" rx="8" fill="#0b3d91" />
      <FittedText x="16" y="32" fill="#fff" fontWeight="600" text={heading} fontSize={17} maxWidth={268} />
      <FittedText x="16" y="56" fill="#fff" text={prompt} fontSize={11.5} maxWidth={268} />
      <rect x="16" y="66" width="268" height="24" fill="#fff" />
      <rect x="21" y="71" width="2" height="14" fill="#0b3d91" />
      <rect x="16" y="102" width="200" height="5" rx="2.5" fill="#fff" opacity="0.55" />
      <rect x="16" y="113" width="150" height="5" rx="2.5" fill="#fff" opacity="0.55" />
      <rect x="6" y="126" width="288" height="48" rx="6" fill="none" stroke="#ffd400" strokeWidth="3" />
      <FittedText x="14" y="145" fill="#fff" fontWeight="600" text={keyIdLabel} fontSize={12} maxWidth={272} />
      <text
        x="14"
        y="165"
        fill="#fff"
        fontSize="12.6"
        fontFamily="ui-monospace, 'Cascadia Mono', monospace"
        textLength="272"
        lengthAdjust="spacingAndGlyphs"
      >
        {SAMPLE_KEY_ID}
      </text>
      <rect x="190" y="180" width="96" height="24" rx="12" fill="#ffd400" />
      <path d="M238 180v-8" stroke="#ffd400" strokeWidth="3" />
      <FittedText
        x="238"
        y="196"
        fill="#111"
        fontWeight="700"
        textAnchor="middle"
        text={callout}
        fontSize={12}
        maxWidth={88}
      />
      <rect x="16" y="186" width="120" height="5" rx="2.5" fill="#fff" opacity="0.55" />
    </svg>
  );
}
