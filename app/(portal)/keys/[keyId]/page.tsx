import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { FailureNotice } from "@/components/feedback/failure-notice";
import { HelpdeskContact } from "@/components/feedback/helpdesk-contact";
import { KeyFacts } from "@/components/keys/key-facts";
import { KeyReveal } from "@/components/keys/key-reveal";
import { REVEAL_MESSAGES } from "@/components/keys/reveal-messages";
import { TypingHints } from "@/components/keys/typing-hints";
import { driveKindOf } from "@/components/keys/volume-label";
import { env } from "@/lib/env";
import { driveCommandLabels } from "@/lib/help/labels";
import { GraphFailure } from "@/lib/graph/errors";
import { getClientMessages, getT } from "@/lib/i18n/server";
import { logFailure } from "@/lib/portal/devices";
import { getKeyContext, type KeyContext } from "@/lib/portal/key-context";
import { getRevealPolicy } from "@/lib/portal/reveal-policy";
import { requirePortal } from "@/lib/portal/session";
import { formatKeyIdForDisplay, isGuid } from "@/lib/recovery-key/key-id";

type Props = { params: Promise<{ keyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("key.title") };
}

export default async function KeyPage({ params }: Props) {
  const { keyId: raw } = await params;
  if (!isGuid(raw)) notFound();
  const keyId = raw.toLowerCase();
  const returnTo = `/keys/${keyId}`;
  const portal = await requirePortal(returnTo);
  const [t, client, policy] = await Promise.all([getT(), getClientMessages(REVEAL_MESSAGES), getRevealPolicy()]);
  const display = formatKeyIdForDisplay(keyId);

  let context: KeyContext;
  try {
    context = await getKeyContext(portal, keyId);
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    logFailure("get_key", portal, error);
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("key.heading.unknown")}</h1>
        <FailureNotice failure={error} retryHref={returnTo} />
        <Link className="link" href="/">
          {t("key.back")}
        </Link>
        <HelpdeskContact keyIdToQuote={display} />
      </div>
    );
  }

  const deviceName = context.device?.displayName ?? t("device.unnamed");
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href="/">
        {t("key.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("key.heading", { device: deviceName })}</h1>
      <KeyFacts context={context} />
      <KeyReveal
        keyId={keyId}
        keyIdDisplay={display}
        driveKind={driveKindOf(context.key.volume)}
        deviceId={context.key.deviceId}
        autoHideSeconds={env().KEY_AUTO_HIDE_SECONDS}
        locale={client.locale}
        messages={client.messages}
        signInHref={`/signin?reason=expired&callbackUrl=${encodeURIComponent(returnTo)}`}
        notice={policy.noticeAccepted ? null : policy.notice}
        reasons={policy.reasons}
        commands={{
          kind: context.key.volume === "os" ? "unlock-os" : "unlock-data",
          initialDrive: context.key.volume === "os" ? "C:" : "D:",
          labels: driveCommandLabels(t),
        }}
      />
      <TypingHints keyId={keyId} volume={context.key.volume} />
      <HelpdeskContact keyIdToQuote={display} />
    </div>
  );
}
