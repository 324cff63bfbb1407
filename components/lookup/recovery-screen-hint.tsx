import { FittedText } from "@/components/help/diagrams/fitted-text";
import { getT } from "@/lib/i18n/server";

/** Sample data in the drawing, not text to translate. */
const EXAMPLE_KEY_ID = "4290B6C0-B17A-497A-…";

/** A drawing of the blue BitLocker recovery screen with the Recovery key ID marked. */
export async function RecoveryScreenHint() {
  const t = await getT();
  return (
    <figure className="space-y-2">
      <svg viewBox="0 0 320 180" role="img" aria-labelledby="screen-hint-title" className="w-full max-w-md rounded-lg">
        <title id="screen-hint-title">{t("lookup.hint.alt")}</title>
        <rect width="320" height="180" fill="#0a4bb5" />
        <FittedText
          x="16"
          y="26"
          fill="#fff"
          fontFamily="Segoe UI, sans-serif"
          text={t("lookup.hint.screenTitle")}
          fontSize={14}
          maxWidth={288}
        />
        <FittedText
          x="16"
          y="48"
          fill="#dce8ff"
          fontFamily="Segoe UI, sans-serif"
          text={t("lookup.hint.screenPrompt")}
          fontSize={9}
          maxWidth={288}
        />
        {Array.from({ length: 8 }, (_, i) => (
          <rect key={i} x={16 + i * 37} y="58" width="33" height="14" fill="none" stroke="#dce8ff" strokeWidth="1" />
        ))}
        <FittedText
          x="16"
          y="96"
          fill="#dce8ff"
          fontFamily="Segoe UI, sans-serif"
          text={t("lookup.hint.screenMore")}
          fontSize={8}
          maxWidth={288}
        />
        <rect
          x="10"
          y="132"
          width="300"
          height="30"
          rx="4"
          fill="#ffd54a"
          fillOpacity="0.25"
          stroke="#ffd54a"
          strokeWidth="2.5"
        />
        <text x="18" y="151" fill="#fff" fontSize="10" fontFamily="Segoe UI, sans-serif">
          {t("lookup.hint.screenKeyId")}{" "}
          <tspan fontFamily="monospace" fontWeight="bold">
            {EXAMPLE_KEY_ID}
          </tspan>
        </text>
      </svg>
      <figcaption className="text-muted text-sm">{t("lookup.hint.caption")}</figcaption>
    </figure>
  );
}
