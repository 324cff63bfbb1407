const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];

/** F1–F10 and the digit each one types at the recovery screen (F10 is 0). */
export function FunctionKeysDiagram({ label }: { label: string }) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox="0 0 322 86"
      className="h-auto w-full max-w-xl"
      fontFamily="'Segoe UI', system-ui, sans-serif"
    >
      <title>{label}</title>
      {KEYS.map((digit, index) => {
        const x = 1 + index * 32;
        const zero = digit === "0";
        return (
          <g key={digit}>
            <rect
              x={x}
              y="1"
              width="30"
              height="30"
              rx="5"
              className={zero ? "fill-accent stroke-accent" : "fill-surface stroke-ink"}
              strokeWidth="1.5"
            />
            <text
              x={x + 15}
              y="21"
              textAnchor="middle"
              fontSize="11"
              fontWeight="600"
              className={zero ? "fill-white dark:fill-black" : "fill-ink"}
            >
              {`F${index + 1}`}
            </text>
            <path d={`M${x + 15} 35v10`} className="stroke-muted" strokeWidth="1.5" />
            <path d={`M${x + 11} 41l4 5 4-5`} fill="none" className="stroke-muted" strokeWidth="1.5" />
            <rect
              x={x}
              y="52"
              width="30"
              height="32"
              rx="5"
              className={zero ? "fill-surface stroke-accent" : "fill-surface stroke-line"}
              strokeWidth={zero ? 3 : 1.5}
            />
            <text x={x + 15} y="75" textAnchor="middle" fontSize="18" fontWeight="700" className="fill-ink">
              {digit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
