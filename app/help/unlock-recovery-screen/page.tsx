import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Callout } from "@/components/help/callout";
import { CommandBlock } from "@/components/help/command-block";
import { FunctionKeysDiagram } from "@/components/help/diagrams/function-keys";
import { RecoveryScreenDiagram } from "@/components/help/diagrams/recovery-screen";
import { Guide } from "@/components/help/guide";
import { currentSession } from "@/lib/auth/auth";
import { DEFAULT_OS_DRIVE, statusCommand } from "@/lib/help/commands";
import {
  CANT_FIND_KEY_PAGE,
  COMMAND_PROMPT_GUIDE,
  helpPath,
  KEY_CHECKER_PAGE,
  REASON_CODES_PAGE,
  UNLOCK_SCREEN_GUIDE,
} from "@/lib/help/guides";
import { copyLabels } from "@/lib/help/labels";
import { helpMetadata } from "@/lib/help/metadata";
import { parseGuideContext, parseStepView, type SearchParams } from "@/lib/help/steps";
import { getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return helpMetadata(UNLOCK_SCREEN_GUIDE, await searchParams);
}

export default async function UnlockRecoveryScreenPage({ searchParams }: Props) {
  const [params, t, session] = await Promise.all([searchParams, getT(), currentSession()]);
  const signedIn = !!session && !session.error;
  const copy = copyLabels(t);

  const steps = [
    <>
      <RecoveryScreenDiagram
        label={t("help.diagram.screen.label")}
        heading={t("help.diagram.screen.heading")}
        prompt={t("help.diagram.screen.prompt")}
        keyIdLabel={t("help.diagram.screen.keyId")}
        callout={t("help.diagram.screen.callout")}
      />
      <p>{t("help.unlockScreen.s1.p1")}</p>
      <p className="font-semibold">{t("help.unlockScreen.s1.p2")}</p>
      <Callout tone="tip" title={t("help.common.tip")}>
        <p>{t("help.unlockScreen.s1.alt")}</p>
        <Link className="link" href={helpPath(REASON_CODES_PAGE)}>
          {t("help.unlockScreen.s1.altLink")}
        </Link>
      </Callout>
    </>,
    <>
      <p>{t(signedIn ? "help.unlockScreen.s2.p1SignedIn" : "help.unlockScreen.s2.p1")}</p>
      <p>{t("help.unlockScreen.s2.p2")}</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link className="btn-primary" href="/">
          {t(signedIn ? "help.unlockScreen.s2.getKeySignedIn" : "help.unlockScreen.s2.getKey")}
        </Link>
        <Link className="btn-secondary" href={helpPath(CANT_FIND_KEY_PAGE)}>
          {t("help.unlockScreen.s2.cantFind")}
        </Link>
      </div>
    </>,
    <>
      <p>{t("help.unlockScreen.s3.p1")}</p>
      <p>{t("help.unlockScreen.s3.p2")}</p>
      <FunctionKeysDiagram label={t("help.diagram.keys.label")} />
      <p>{t("help.unlockScreen.s3.p3")}</p>
      <Link className="link inline-flex min-h-11 items-center" href={helpPath(KEY_CHECKER_PAGE)}>
        {t("help.unlockScreen.s3.checker")}
      </Link>
    </>,
    <>
      <ul className="space-y-3">
        <li className="border-accent border-l-4 pl-3">{t("help.unlockScreen.s4.enter")}</li>
        <li className="border-line border-l-4 pl-3">
          {t("help.unlockScreen.s4.esc")}{" "}
          <Link className="link" href={helpPath(COMMAND_PROMPT_GUIDE)}>
            {t("help.unlockScreen.s4.escLink")}
          </Link>
        </li>
      </ul>
      <Callout tone="tip" title={t("help.common.tip")}>
        <p>{t("help.unlockScreen.s4.usb")}</p>
      </Callout>
    </>,
    <>
      <p>{t("help.unlockScreen.s5.p1")}</p>
      <p>{t("help.unlockScreen.s5.p2")}</p>
      <p>{t("help.unlockScreen.s5.p3")}</p>
    </>,
    <>
      <p>{t("help.unlockScreen.s6.p1")}</p>
      <p>{t("help.unlockScreen.s6.p2")}</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>{t("help.unlockScreen.s6.l1")}</li>
        <li>{t("help.unlockScreen.s6.l2")}</li>
        <li>{t("help.unlockScreen.s6.l3")}</li>
      </ul>
      <Callout tone="warning" title={t("help.common.warning")}>
        <p>{t("help.unlockScreen.s6.work")}</p>
      </Callout>
      <p>{t("help.unlockScreen.s6.p3")}</p>
      <CommandBlock label={t("help.common.cmd")} text={statusCommand(DEFAULT_OS_DRIVE)} labels={copy} />
      <p>
        {t("help.unlockScreen.s6.p4")}{" "}
        <Link className="link" href={helpPath(COMMAND_PROMPT_GUIDE)}>
          {t("help.winre.title")}
        </Link>
      </p>
    </>,
  ];

  return (
    <Guide
      page={UNLOCK_SCREEN_GUIDE}
      view={parseStepView(params.step, UNLOCK_SCREEN_GUIDE.steps.length)}
      context={parseGuideContext(params)}
      steps={steps}
    />
  );
}
