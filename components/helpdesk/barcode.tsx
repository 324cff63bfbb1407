import type { BarcodeSvg } from "@/lib/helpdesk/barcodes";

/**
 * A barcode drawn from the paths the server made, black on white whatever the colour scheme
 * (scanners need the contrast), with a quiet zone around it.
 */
export function Barcode({
  svg,
  label,
  testId,
  className,
}: {
  svg: BarcodeSvg;
  label: string;
  testId: string;
  className: string;
}) {
  return (
    <div className="rounded-lg bg-white p-3">
      <svg viewBox={svg.viewBox} role="img" aria-label={label} data-testid={testId} className={className}>
        {svg.paths.map((path, index) => (
          <path
            key={index}
            d={path.d}
            fill={path.fill ?? (path.stroke ? "none" : "#000000")}
            stroke={path.stroke ?? undefined}
            strokeWidth={path.strokeWidth ?? undefined}
          />
        ))}
      </svg>
    </div>
  );
}
