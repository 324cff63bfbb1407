"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { formatCountdown, formatMessage } from "@/lib/i18n/format";
import type { SessionTimerMessage } from "./session-timer-messages";

const WARN_SECONDS = 120;

type Props = {
  absoluteExpiresAt: number;
  idleExpiresAt: number;
  locale: string;
  messages: Record<SessionTimerMessage, string>;
};

/**
 * Warns two minutes before the session ends (idle or absolute), offers to stay signed in when
 * that is possible, and moves to the sign-in page when time is up, so no key stays on screen.
 */
export function SessionTimer({ absoluteExpiresAt, idleExpiresAt, locale, messages }: Props) {
  const [idleUntil, setIdleUntil] = useState(idleExpiresAt);
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() / 1000), 1000);
    return () => clearInterval(timer);
  }, []);

  const endsAt = Math.min(idleUntil, absoluteExpiresAt);
  const left = Math.max(0, Math.round(endsAt - now));
  const router = useRouter();
  useEffect(() => {
    if (left > 0) return;
    const here = window.location.pathname + window.location.search;
    router.replace(`/signin?reason=expired&callbackUrl=${encodeURIComponent(here)}`);
  }, [left, router]);
  if (left > WARN_SECONDS) return null;

  const idle = idleUntil < absoluteExpiresAt;
  const time = formatCountdown(left);
  async function stay() {
    // Reading the session renews it (and its cookie) on the server.
    const res = await fetch("/api/auth/session", { cache: "no-store" });
    const session = (await res.json()) as { idleExpiresAt?: number } | null;
    if (session?.idleExpiresAt) setIdleUntil(session.idleExpiresAt);
  }
  return (
    <div
      role="alertdialog"
      aria-live="assertive"
      aria-labelledby="session-warning"
      className="border-accent bg-surface fixed inset-x-0 bottom-0 z-50 border-t-2 p-4 shadow-lg"
      data-testid="session-warning"
    >
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-3">
        <p id="session-warning" className="flex-1 font-semibold">
          {formatMessage(locale, messages[idle ? "session.idleWarning" : "session.absoluteWarning"], { time })}
        </p>
        {idle ? (
          <button type="button" className="btn-primary" onClick={() => void stay()} autoFocus>
            {messages["session.stay"]}
          </button>
        ) : null}
      </div>
    </div>
  );
}
