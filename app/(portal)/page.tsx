import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { FailureNotice } from "@/components/feedback/failure-notice";
import { ConsoleLink } from "@/components/helpdesk/console-link";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import { RestrictedNotice } from "@/components/feedback/restricted-notice";
import { KeyIdForm } from "@/components/lookup/key-id-form";
import { AmbiguousResult, NoMatchResult } from "@/components/lookup/lookup-results";
import { RecoveryScreenHint } from "@/components/lookup/recovery-screen-hint";
import type { GraphFailure } from "@/lib/graph/errors";
import { formatKeyIdPrefix } from "@/lib/help/handoff";
import { getT } from "@/lib/i18n/server";
import { withGraph } from "@/lib/portal/failure";
import { lookupKeyId, type Lookup } from "@/lib/portal/lookup";
import { consumeLookup } from "@/lib/portal/lookup-limit";
import { appCredentialFailure, isSelfServiceRestricted } from "@/lib/portal/self-service";
import { requirePortal, type Portal } from "@/lib/portal/session";
import { normalizeKeyIdInput } from "@/lib/recovery-key/key-id";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("lookup.title") };
}

/** Streamed in after the form: a tenant without self-service hears it before typing anything. */
async function SelfServiceCheck({ portal }: { portal: Portal }) {
  const [restricted, broken] = await Promise.all([isSelfServiceRestricted(portal), appCredentialFailure(portal)]);
  if (broken) return <FailureNotice failure={broken} />;
  return restricted ? <RestrictedNotice /> : null;
}

/** The landing page: "type the Recovery key ID from the blue screen". */
export default async function LookupPage({ searchParams }: Props) {
  const raw = (await searchParams).keyId;
  // `?keyId=` present but empty is a submit with nothing typed, which deserves an answer too.
  const submitted = typeof raw === "string";
  const typed = submitted ? raw.slice(0, 200) : "";
  const portal = await requirePortal(typed ? `/?keyId=${encodeURIComponent(typed)}` : "/");
  const t = await getT();
  const input = submitted ? normalizeKeyIdInput(typed) : null;

  let lookup: Lookup | null = null;
  let failure: GraphFailure | null = null;
  // Only lookups that would ask Graph count: a mistyped ID costs nothing and is not limited.
  const limit = input?.ok ? await consumeLookup(portal) : null;
  if (input?.ok && limit?.ok) {
    const result = await withGraph("lookup", portal, () => lookupKeyId(portal, input.hex));
    if (result.ok) lookup = result.value;
    else failure = result.failure;
    const only = lookup?.matches.length === 1 ? lookup.matches[0] : undefined;
    if (only) redirect(`/keys/${only.key.id}?typed=${encodeURIComponent(typed.trim())}`);
  }
  const shown = input?.ok ? formatKeyIdPrefix(input.hex) : typed.trim().toUpperCase();

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("lookup.heading")}</h1>
        <p className="text-muted">{t("lookup.lead", { name: portal.user.name ?? portal.user.upn })}</p>
      </div>
      {!submitted ? (
        <Suspense fallback={null}>
          <SelfServiceCheck portal={portal} />
        </Suspense>
      ) : null}
      <KeyIdForm
        value={typed}
        error={input && !input.ok ? input : null}
        corrections={input?.ok ? input.corrections : []}
      />
      {limit && !limit.ok ? (
        <div
          role="alert"
          data-testid="lookup-limited"
          className="border-danger/60 bg-surface space-y-3 rounded-lg border p-4"
        >
          <p className="text-danger font-semibold">
            {t("lookup.error.rateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) })}
          </p>
          <HelpdeskContact headingLevel={2} />
        </div>
      ) : null}
      {failure ? <FailureNotice failure={failure} retryHref={`/?keyId=${encodeURIComponent(typed)}`} /> : null}
      {lookup && input?.ok && lookup.matches.length > 1 ? (
        <AmbiguousResult lookup={lookup} typedHex={input.hex} />
      ) : null}
      {lookup && input?.ok && lookup.matches.length === 0 ? (
        <NoMatchResult lookup={lookup} typed={shown} typedHex={input.hex} />
      ) : null}
      {!lookup && limit?.ok !== false ? <RecoveryScreenHint /> : null}
      <p className="text-sm">
        <Link className="link" href="/devices">
          {t("lookup.browse")}
        </Link>
      </p>
      <Suspense fallback={null}>
        <ConsoleLink />
      </Suspense>
    </div>
  );
}
