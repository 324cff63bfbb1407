import Link from "@/components/ui/link";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import type { GraphFailure } from "@/lib/graph/errors";
import { formatWait } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { describeFailure } from "@/lib/portal/failure";
import { renewalPath } from "@/lib/portal/session";
import { redirect } from "next/navigation";

/**
 * A Graph failure told in plain words, with what to do next. A failure only IT can fix (KeyDesk's
 * own credential) says who to call right here, unless the page shows the help desk itself
 * (`helpdesk={false}`).
 */
export async function FailureNotice({
  failure,
  retryHref,
  compact = false,
  helpdesk = true,
}: {
  failure: GraphFailure;
  retryHref?: string;
  compact?: boolean;
  helpdesk?: boolean;
}) {
  // Graph refused the access token before its expiry: renew it (stored in the cookie), come back here.
  if (failure.kind === "session-expired") redirect(renewalPath(retryHref ?? "/"));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const copy = describeFailure(failure);
  const notice = (
    <div
      role="alert"
      data-testid="failure"
      className={`border-danger/60 bg-surface rounded-lg border ${compact ? "p-3" : "p-4"} space-y-2`}
    >
      <p className="text-danger font-semibold">{t(copy.title)}</p>
      <p className="text-sm">{t(copy.body, { when: formatWait(locale, copy.retryAfterSeconds ?? 0) })}</p>
      {copy.canRetry && retryHref ? (
        <Link className="btn-secondary min-h-10 py-2 text-sm" href={retryHref} prefetch={false}>
          {t("failure.retry")}
        </Link>
      ) : null}
    </div>
  );
  if (failure.kind !== "app-credential" || compact || !helpdesk) return notice;
  return (
    <div className="space-y-4">
      {notice}
      <HelpdeskContact />
    </div>
  );
}
