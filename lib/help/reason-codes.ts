import type { MessageKey } from "@/lib/i18n/catalogue";

/**
 * Recovery error codes that Windows 11, version 24H2 and later shows on the "Additional recovery
 * information" screen (press Alt on the recovery screen). Only codes Microsoft documents are listed;
 * causes and next steps follow that page:
 * https://learn.microsoft.com/windows/security/operating-system-security/data-protection/bitlocker/preboot-recovery-screen#additional-recovery-information-screen
 * (source: MicrosoftDocs/windows-itpro-docs, bitlocker/preboot-recovery-screen.md, ms.date 06/19/2024).
 */
export const REASON_CODES_DOC_URL =
  "https://learn.microsoft.com/windows/security/operating-system-security/data-protection/bitlocker/preboot-recovery-screen#additional-recovery-information-screen";

export type ReasonCode = { codes: readonly string[]; cause: MessageKey; next: MessageKey };
export type ReasonCategory = { id: string; title: MessageKey; items: readonly ReasonCode[] };

export const REASON_CATEGORIES: readonly ReasonCategory[] = [
  {
    id: "initiated-by-user",
    title: "help.reasons.cat.user",
    items: [
      {
        codes: ["E_FVE_USER_REQUESTED_RECOVERY"],
        cause: "help.reasons.userRequested.cause",
        next: "help.reasons.userRequested.next",
      },
      {
        codes: ["E_FVE_BOOT_DEBUG_ENABLED"],
        cause: "help.reasons.bootDebug.cause",
        next: "help.reasons.bootDebug.next",
      },
    ],
  },
  {
    id: "code-integrity",
    title: "help.reasons.cat.codeIntegrity",
    items: [
      { codes: ["E_FVE_CI_DISABLED"], cause: "help.reasons.ciDisabled.cause", next: "help.reasons.ciDisabled.next" },
    ],
  },
  {
    id: "device-lockout",
    title: "help.reasons.cat.lockout",
    items: [
      { codes: ["E_FVE_DEVICE_LOCKEDOUT"], cause: "help.reasons.lockedOut.cause", next: "help.reasons.lockedOut.next" },
      {
        codes: ["E_FVE_DEVICE_LOCKOUT_MISMATCH"],
        cause: "help.reasons.lockoutMismatch.cause",
        next: "help.reasons.lockedOut.next",
      },
    ],
  },
  {
    id: "boot-configuration",
    title: "help.reasons.cat.boot",
    items: [
      {
        codes: ["E_FVE_BAD_CODE_ID", "E_FVE_BAD_CODE_OPTION"],
        cause: "help.reasons.badCode.cause",
        next: "help.reasons.badCode.next",
      },
    ],
  },
  {
    id: "tpm",
    title: "help.reasons.cat.tpm",
    items: [
      { codes: ["E_FVE_TPM_DISABLED"], cause: "help.reasons.tpmDisabled.cause", next: "help.reasons.tpmDisabled.next" },
      { codes: ["E_FVE_TPM_INVALIDATED"], cause: "help.reasons.tpmInvalidated.cause", next: "help.reasons.tpm.next" },
      { codes: ["E_FVE_BAD_SRK"], cause: "help.reasons.badSrk.cause", next: "help.reasons.tpm.next" },
      {
        codes: ["E_FVE_TPM_NOT_DETECTED"],
        cause: "help.reasons.tpmNotDetected.cause",
        next: "help.reasons.tpmNotDetected.next",
      },
      { codes: ["E_MATCHING_PCRS_TPM_FAILURE"], cause: "help.reasons.tpmUnseal.cause", next: "help.reasons.tpm.next" },
      { codes: ["E_FVE_TPM_FAILURE"], cause: "help.reasons.tpmFailure.cause", next: "help.reasons.tpm.next" },
    ],
  },
  {
    id: "protector",
    title: "help.reasons.cat.protector",
    items: [
      { codes: ["E_FVE_PCR_MISMATCH"], cause: "help.reasons.pcrMismatch.cause", next: "help.reasons.pcrMismatch.next" },
      {
        codes: ["E_FVE_SECUREBOOT_DISABLED"],
        cause: "help.reasons.secureBootDisabled.cause",
        next: "help.reasons.secureBootDisabled.next",
      },
      {
        codes: ["E_FVE_SECUREBOOT_CHANGED"],
        cause: "help.reasons.secureBootChanged.cause",
        next: "help.reasons.unknown.next",
      },
    ],
  },
  {
    id: "unknown",
    title: "help.reasons.cat.unknown",
    items: [
      {
        codes: ["E_FVE_RECOVERY_ERROR_UNKNOWN"],
        cause: "help.reasons.unknown.cause",
        next: "help.reasons.unknown.next",
      },
    ],
  },
];

/** Anchor id for a code, so other pages can link straight to it: `/help/reason-codes#e-fve-pcr-mismatch`. */
export const reasonCodeAnchor = (code: string): string => code.toLowerCase().replaceAll("_", "-");
