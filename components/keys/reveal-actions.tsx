/** Button styles that swap at the `sm` breakpoint: primary on a phone, secondary from a tablet up. */
const PHONE_PRIMARY =
  "btn bg-accent hover:bg-accent-strong text-white dark:text-black sm:border sm:border-line sm:bg-surface sm:text-ink sm:hover:bg-canvas sm:dark:text-ink";
const PHONE_SECONDARY =
  "btn border border-line bg-surface text-ink hover:bg-canvas sm:border-0 sm:bg-accent sm:hover:bg-accent-strong sm:text-white sm:dark:text-black";

type Props = {
  driveKind: "os" | "data";
  stepMode: boolean;
  onStep: () => void;
  onCopy: () => void;
  onHide: () => void;
  labels: { step: string; copy: string; hide: string };
};

/**
 * What to do with a shown key. An operating-system key is typed into the locked PC from a phone,
 * so there "Type it block by block" comes first and looks primary; on a larger screen, and for
 * data drives (unlocked on a PC where pasting works), copying is the primary action.
 */
export function RevealActions({ driveKind, stepMode, onStep, onCopy, onHide, labels }: Props) {
  const step = (
    <button
      key="step"
      type="button"
      className={driveKind === "os" ? PHONE_PRIMARY : "btn-secondary"}
      onClick={onStep}
      aria-pressed={stepMode}
      data-testid="step-toggle"
    >
      {labels.step}
    </button>
  );
  const copy = (
    <button
      key="copy"
      type="button"
      className={driveKind === "os" ? PHONE_SECONDARY : "btn-primary"}
      onClick={onCopy}
      data-testid="copy-key"
    >
      {labels.copy}
    </button>
  );
  return (
    <div className="grid gap-2 sm:grid-cols-3">
      {driveKind === "os" ? [step, copy] : [copy, step]}
      <button type="button" className="btn-secondary" onClick={onHide}>
        {labels.hide}
      </button>
    </div>
  );
}
