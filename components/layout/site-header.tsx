import Link from "@/components/ui/link";
import { SessionTimer } from "@/components/layout/session-timer";
import { currentSession } from "@/lib/auth/auth";
import { getClientMessages, getT } from "@/lib/i18n/server";
import { getBranding } from "@/lib/settings/branding";
import { SESSION_TIMER_MESSAGES } from "./session-timer-messages";

export async function SiteHeader() {
  const [session, t, timerMessages] = await Promise.all([
    currentSession(),
    getT(),
    getClientMessages(SESSION_TIMER_MESSAGES),
  ]);
  const active = session && !session.error ? session : null;
  // Another tenant's people (a multi-tenant portal) see KeyDesk's own name, not the configured organisation's.
  const brand = getBranding(active?.user.tenantId);
  const user = active?.user ?? null;

  return (
    <header className="border-line bg-surface border-b">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-ink flex min-w-0 items-center gap-2 text-lg font-bold no-underline">
          {brand.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- IT's logo may live on any https host
            <img src={brand.logoUrl} alt="" className="h-8 w-auto max-w-24 object-contain" />
          ) : (
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="text-accent h-7 w-7 shrink-0"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <rect x="4" y="10" width="16" height="11" rx="2" />
              <path d="M8 10V7a4 4 0 0 1 8 0v3" />
              <circle cx="12" cy="15.5" r="1.5" fill="currentColor" />
            </svg>
          )}
          <span className="leading-tight text-balance">
            {brand.orgName ? `${brand.orgName} ${t("app.name")}` : t("app.name")}
          </span>
        </Link>
        {active && user ? (
          <div className="flex shrink-0 items-center gap-2 sm:min-w-0 sm:shrink sm:gap-3">
            <span className="text-muted hidden min-w-0 truncate text-sm sm:block" data-testid="signed-in-as">
              {user.email}
            </span>
            <SessionTimer
              absoluteExpiresAt={active.absoluteExpiresAt}
              idleExpiresAt={active.idleExpiresAt}
              messages={timerMessages.messages}
              locale={timerMessages.locale}
            />
            <form action="/api/signout" method="post">
              <button type="submit" className="btn-secondary min-h-10 px-3 py-2 text-sm whitespace-nowrap">
                {t("layout.signOut")}
              </button>
            </form>
          </div>
        ) : null}
      </div>
    </header>
  );
}
