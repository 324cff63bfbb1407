import type { MessageKey } from "@/lib/i18n/catalogue";

export type HelpPage = {
  slug: string;
  title: MessageKey;
  summary: MessageKey;
  /** Step titles, in order; only step-by-step guides have them. */
  steps?: readonly MessageKey[];
};

export const UNLOCK_SCREEN_GUIDE = {
  slug: "unlock-recovery-screen",
  title: "help.unlockScreen.title",
  summary: "help.unlockScreen.summary",
  steps: [
    "help.unlockScreen.s1.title",
    "help.unlockScreen.s2.title",
    "help.unlockScreen.s3.title",
    "help.unlockScreen.s4.title",
    "help.unlockScreen.s5.title",
    "help.unlockScreen.s6.title",
  ],
} as const satisfies HelpPage;

export const DATA_DRIVE_GUIDE = {
  slug: "unlock-data-drive",
  title: "help.dataDrive.title",
  summary: "help.dataDrive.summary",
  steps: [
    "help.dataDrive.s1.title",
    "help.dataDrive.s2.title",
    "help.dataDrive.s3.title",
    "help.dataDrive.s4.title",
    "help.dataDrive.s5.title",
  ],
} as const satisfies HelpPage;

export const COMMAND_PROMPT_GUIDE = {
  slug: "command-prompt",
  title: "help.winre.title",
  summary: "help.winre.summary",
  steps: [
    "help.winre.s1.title",
    "help.winre.s2.title",
    "help.winre.s3.title",
    "help.winre.s4.title",
    "help.winre.s5.title",
  ],
} as const satisfies HelpPage;

export const TURN_OFF_GUIDE = {
  slug: "turn-off-bitlocker",
  title: "help.turnOff.title",
  summary: "help.turnOff.summary",
  steps: [
    "help.turnOff.s1.title",
    "help.turnOff.s2.title",
    "help.turnOff.s3.title",
    "help.turnOff.s4.title",
    "help.turnOff.s5.title",
  ],
} as const satisfies HelpPage;

export const KEY_NOT_WORKING_GUIDE = {
  slug: "key-not-working",
  title: "help.notWorking.title",
  summary: "help.notWorking.summary",
  steps: [
    "help.notWorking.s1.title",
    "help.notWorking.s2.title",
    "help.notWorking.s3.title",
    "help.notWorking.s4.title",
    "help.notWorking.s5.title",
    "help.notWorking.s6.title",
  ],
} as const satisfies HelpPage;

export const REASON_CODES_PAGE = {
  slug: "reason-codes",
  title: "help.reasons.title",
  summary: "help.reasons.summary",
} as const satisfies HelpPage;
export const CANT_FIND_KEY_PAGE = {
  slug: "cant-find-key",
  title: "help.cantFind.title",
  summary: "help.cantFind.summary",
} as const satisfies HelpPage;
export const KEY_CHECKER_PAGE = {
  slug: "key-checker",
  title: "help.checker.title",
  summary: "help.checker.summary",
} as const satisfies HelpPage;

/** Step-by-step guides, in the order people usually need them. */
export const GUIDES: readonly HelpPage[] = [
  UNLOCK_SCREEN_GUIDE,
  DATA_DRIVE_GUIDE,
  COMMAND_PROMPT_GUIDE,
  TURN_OFF_GUIDE,
  KEY_NOT_WORKING_GUIDE,
];
/** Pages for when something goes wrong. */
export const TOOLS: readonly HelpPage[] = [CANT_FIND_KEY_PAGE, KEY_CHECKER_PAGE, REASON_CODES_PAGE];

export const helpPath = (page: Pick<HelpPage, "slug">): string => `/help/${page.slug}`;
