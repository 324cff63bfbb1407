import { FittedText } from "./fitted-text";

type Props = {
  label: string;
  steps: readonly string[];
  /** The first step is a key to press (Esc), drawn as a small key cap instead of a menu button. */
  startsWithKey?: boolean;
};

const WIDTH = 240;
const ROW = 56;
const BOX_HEIGHT = 38;
const KEY_WIDTH = 80;
const FONT_SIZE = 15;
/** Room the text keeps from the box's edges. */
const PADDING = 10;

/** The menu path from the recovery screen to Command Prompt, top to bottom so it reads on a phone. */
export function WinrePathDiagram({ label, steps, startsWithKey = false }: Props) {
  const height = steps.length * ROW - 16;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-xs"
      fontFamily="'Segoe UI', system-ui, sans-serif"
    >
      <title>{label}</title>
      {steps.map((step, index) => {
        const y = index * ROW;
        const key = startsWithKey && index === 0;
        const last = index === steps.length - 1;
        const boxWidth = key ? KEY_WIDTH : WIDTH - 2;
        return (
          <g key={step}>
            <rect
              x={(WIDTH - boxWidth) / 2}
              y={y + 1}
              width={boxWidth}
              height={BOX_HEIGHT}
              rx="6"
              data-diagram-box=""
              className={
                last ? "fill-accent stroke-accent" : key ? "fill-surface stroke-ink" : "fill-surface stroke-line"
              }
              strokeWidth={key ? 2.5 : 1.5}
            />
            <FittedText
              x={WIDTH / 2}
              y={y + 26}
              textAnchor="middle"
              fontWeight="600"
              data-diagram-label=""
              className={last ? "fill-white dark:fill-black" : "fill-ink"}
              text={step}
              fontSize={FONT_SIZE}
              maxWidth={boxWidth - 2 * PADDING}
            />
            {last ? null : (
              <>
                <path d={`M120 ${y + 41}v12`} className="stroke-muted" strokeWidth="2" />
                <path d={`M114 ${y + 47}l6 6 6-6`} fill="none" className="stroke-muted" strokeWidth="2" />
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
