import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { FailureNotice } from "@/components/feedback/failure-notice";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import { KeyFacts } from "@/components/keys/key-facts";
import { KeyReveal } from "@/components/keys/key-reveal";
import { ReplacedNotice } from "@/components/keys/replaced-notice";
import { StepUpNotice } from "@/components/keys/step-up-notice";
import { REVEAL_MESSAGES } from "@/components/keys/reveal-messages";
import { TypingHints } from "@/components/keys/typing-hints";
import { driveKindOf } from "@/components/keys/volume-label";
import { stepUpPath } from "@/lib/auth/step-up";
import { revealStepUp } from "@/lib/auth/step-up-session";
import { env } from "@/lib/env";
import { driveCommandLabels } from "@/lib/help/labels";
import { getClientMessages, getT } from "@/lib/i18n/server";
import { withGraph } from "@/lib/portal/failure";
import { getKeyContext } from "@/lib/portal/key-context";
import { getRevealPolicy } from "@/lib/portal/reveal-policy";
import { revealedAt } from "@/lib/portal/reveal-record";
import { replacedAfterReveal } from "@/lib/portal/rotation";
import { renewalPath, requirePortal } from "@/lib/portal/session";
import { formatKeyIdForDisplay, isGuid, normalizeKeyIdInput } from "@/lib/recovery-key/key-id";

type Props = {
  params: Promise<{ keyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("key.title") };
}

export default async function KeyPage({ params, searchParams }: Props) {
  const { keyId: raw } = await params;
  if (!isGuid(raw)) notFound();
  const keyId = raw.toLowerCase();
  // The Key ID the person looked up (not secret); the page confirms it only if Graph's key matches.
  const typed = typedKeyId((await searchParams).typed);
  const returnTo = `/keys/${keyId}${typed ? `?typed=${encodeURIComponent(typed.text)}` : ""}`;
  const portal = await requirePortal(returnTo);
  const [t, client, policy, stepUp, revealed] = await Promise.all([
    getT(),
    getClientMessages(REVEAL_MESSAGES),
    getRevealPolicy(),
    revealStepUp(),
    revealedAt(portal.user, keyId),
  ]);
  const display = formatKeyIdForDisplay(keyId);

  const result = await withGraph("get_key", portal, () => getKeyContext(portal, keyId, typed?.hex ?? null));
  if (!result.ok) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("key.heading.unknown")}</h1>
        <FailureNotice failure={result.failure} retryHref={returnTo} helpdesk={false} />
        <Link className="link" href="/">
          {t("key.back")}
        </Link>
        <HelpdeskContact keyIdToQuote={display} />
      </div>
    );
  }

  const context = result.value;
  const deviceName = context.device?.displayName ?? t("device.unnamed");
  const replaced = revealed === null ? null : replacedAfterReveal(context.siblings, context.key, revealed);
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href="/">
        {t("key.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("key.heading", { device: deviceName })}</h1>
      <ReplacedNotice
        keyId={keyId}
        initial={replaced}
        labels={{
          title: t("key.replacedAfterReveal.title"),
          body: t("key.replacedAfterReveal.body"),
          link: t("key.replacedAfterReveal.link"),
        }}
      />
      <KeyFacts
        context={context}
        corrections={context.typedMatch ? (typed?.corrections ?? []) : []}
        replacedAfterReveal={replaced !== null}
      />
      <KeyReveal
        keyId={keyId}
        keyIdDisplay={display}
        driveKind={driveKindOf(context.key.volume)}
        autoHideSeconds={env().KEY_AUTO_HIDE_SECONDS}
        locale={client.locale}
        messages={client.messages}
        signInHref={renewalPath(returnTo)}
        stepUpHref={stepUpPath(returnTo)}
        stepUp={
          stepUp ? (
            <StepUpNotice
              reason={stepUp.reason}
              maxAuthAgeMinutes={env().REVEAL_MAX_AUTH_AGE_MINUTES ?? null}
              href={stepUpPath(returnTo)}
            />
          ) : null
        }
        notice={policy.noticeAccepted ? null : policy.notice}
        reasons={policy.reasons}
        rotateAfterMinutes={env().ROTATE_AFTER_REVEAL ? env().ROTATE_AFTER_REVEAL_DELAY_MINUTES : null}
        commands={{
          kind: context.key.volume === "os" ? "unlock-os" : "unlock-data",
          // The Windows drive's letter in the recovery environment is looked up, never assumed to be C:.
          initialDrive: context.key.volume === "os" ? "" : "D:",
          labels: driveCommandLabels(t),
        }}
      />
      <TypingHints keyId={keyId} volume={context.key.volume} />
      <HelpdeskContact keyIdToQuote={display} />
    </div>
  );
}

function typedKeyId(value: string | string[] | undefined) {
  if (typeof value !== "string") return null;
  const input = normalizeKeyIdInput(value);
  return input.ok ? { text: value.trim(), hex: input.hex, corrections: input.corrections } : null;
}
