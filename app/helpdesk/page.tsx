import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { HelpdeskConsole } from "@/components/helpdesk/console";
import { env } from "@/lib/env";
import { limitKeyOf } from "@/lib/helpdesk/agent";
import { helpdeskAgent, requireAgent } from "@/lib/helpdesk/gate";
import { consoleMessages } from "@/lib/helpdesk/messages";
import { verificationRules } from "@/lib/helpdesk/settings";
import { getLocale, getT } from "@/lib/i18n/server";
import { used } from "@/lib/limits/rate-limit";

export async function generateMetadata(): Promise<Metadata> {
  // Nothing about the console in the 404 page that everyone else gets.
  if (!(await helpdeskAgent())) return {};
  return { title: (await getT())("console.title") };
}

/** The help-desk console: for agents only; everyone else gets the normal 404 page. */
export default async function HelpdeskPage() {
  const agent = await requireAgent();
  const [t, locale, reveals] = await Promise.all([getT(), getLocale(), used("reveal", limitKeyOf(agent))]);
  const e = env();
  const rules = verificationRules();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("console.heading")}</h1>
        <p>{t("console.intro")}</p>
        <p className="text-muted text-sm" data-testid="helpdesk-reveals">
          {t("console.reveals", { count: reveals })}
        </p>
        <Link className="link text-sm" href="/helpdesk" prefetch={false}>
          {t("console.newCall")}
        </Link>
      </div>
      <noscript>
        <p className="border-danger/60 bg-surface rounded-lg border p-3 font-semibold">{t("console.noscript")}</p>
      </noscript>
      <HelpdeskConsole
        locale={locale}
        messages={consoleMessages(locale)}
        rules={{
          ticketHint: e.HELPDESK_TICKET_PATTERN ?? null,
          reasons: [...rules.reasons],
          checks: [...rules.checks],
        }}
        autoHideSeconds={e.KEY_AUTO_HIDE_SECONDS}
        rotateAfterMinutes={e.ROTATE_AFTER_REVEAL ? e.ROTATE_AFTER_REVEAL_DELAY_MINUTES : null}
      />
    </div>
  );
}
