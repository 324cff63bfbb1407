import type { StepUpReason } from "@/lib/auth/step-up";
import { getT } from "@/lib/i18n/server";

/**
 * In place of "Show recovery key" when IT asks for more than this sign-in proved: why, and a plain
 * link (no script needed) that re-authenticates and comes back to this key.
 */
export async function StepUpNotice({
  reason,
  maxAuthAgeMinutes,
  href,
}: {
  reason: StepUpReason;
  maxAuthAgeMinutes: number | null;
  href: string;
}) {
  const t = await getT();
  return (
    <section
      aria-labelledby="step-up-heading"
      className="border-accent/60 bg-surface space-y-3 rounded-lg border-2 p-4"
      data-testid="step-up"
    >
      <h2 id="step-up-heading" className="text-xl font-bold">
        {t("reveal.stepUp.heading")}
      </h2>
      <p>
        {reason === "auth-age"
          ? t("reveal.stepUp.age", { minutes: maxAuthAgeMinutes ?? 0 })
          : t("reveal.stepUp.context")}
      </p>
      <a className="btn-primary w-full text-lg" href={href} data-testid="step-up-link">
        {t("reveal.stepUp.button")}
      </a>
    </section>
  );
}
