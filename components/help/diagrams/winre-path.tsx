type Props = { label: string; steps: readonly string[] };

/** The menu path from the recovery screen to Command Prompt, top to bottom so it reads on a phone. */
export function WinrePathDiagram({ label, steps }: Props) {
  const height = steps.length * 56 - 16;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 240 ${height}`}
      className="h-auto w-full max-w-xs"
      fontFamily="'Segoe UI', system-ui, sans-serif"
    >
      <title>{label}</title>
      {steps.map((step, index) => {
        const y = index * 56;
        const first = index === 0;
        const last = index === steps.length - 1;
        return (
          <g key={step}>
            <rect
              x={first ? 80 : 1}
              y={y + 1}
              width={first ? 80 : 238}
              height="38"
              rx="6"
              className={
                last ? "fill-accent stroke-accent" : first ? "fill-surface stroke-ink" : "fill-surface stroke-line"
              }
              strokeWidth={first ? 2.5 : 1.5}
            />
            <text
              x="120"
              y={y + 26}
              textAnchor="middle"
              fontSize="15"
              fontWeight="600"
              className={last ? "fill-white dark:fill-black" : "fill-ink"}
            >
              {step}
            </text>
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
