import { formatRecoveryPassword } from "@/lib/recovery-key/password";

/**
 * The exact BitLocker command lines the guides show, built in one place so the guides and the
 * key page print the same syntax. Sources (Microsoft Learn; docs/guides.md says which statement
 * comes from where):
 * - manage-bde unlock / status / off / protectors / autounlock / forcerecovery:
 *   https://learn.microsoft.com/windows-server/administration/windows-commands/manage-bde
 * - Unlock-BitLocker, Suspend-BitLocker, Resume-BitLocker, Disable-BitLocker, Clear-BitLockerAutoUnlock:
 *   https://learn.microsoft.com/powershell/module/bitlocker/
 * - repair-bde: https://learn.microsoft.com/windows-server/administration/windows-commands/repair-bde
 */

/** Shown instead of the key wherever the user has not revealed one. */
export const RECOVERY_KEY_PLACEHOLDER = "<48-digit recovery key>";
export const DEFAULT_DATA_DRIVE = "D:";
/**
 * The Windows drive as Windows itself names it. Only for commands run inside Windows: in the
 * recovery environment the same drive often has another letter, so those commands never default.
 */
export const DEFAULT_OS_DRIVE = "C:";
/** Suspend-BitLocker and manage-bde accept 0 (until resumed) to 15 restarts. */
export const MAX_REBOOT_COUNT = 15;

const DRIVE_PATTERN = /^[A-Z]:$/i;
const DRIVE_INPUT_PATTERN = /^\s*([A-Z])\s*(?::\\?)?\s*$/i;
const FULL_PATH_PATTERN = /^[A-Z]:\\[^"<>|?*\r\n]+$/i;

export type ShellCommands = { cmd: string; powershell: string };

export const isDriveLetter = (value: string): boolean => DRIVE_PATTERN.test(value);

/** "d", "D:", " e:\" → "D:", "E:"; anything else → null. */
export function parseDriveInput(input: string | null | undefined): string | null {
  const match = DRIVE_INPUT_PATTERN.exec(input ?? "");
  return match?.[1] ? `${match[1].toUpperCase()}:` : null;
}

/** A valid drive letter in upper case, or the fallback: nothing else ever reaches a command line. */
export function driveOrDefault(drive: string | null | undefined, fallback: string): string {
  return parseDriveInput(drive) ?? fallback;
}

/** The dashed key when it passes every block checksum; the placeholder otherwise. */
export function keyForCommand(recoveryKey: string | null | undefined): string {
  return (recoveryKey && formatRecoveryPassword(recoveryKey)) || RECOVERY_KEY_PLACEHOLDER;
}

type UnlockInput = { drive?: string | null; recoveryKey?: string | null };

/** Unlocks a data or USB drive from Windows (both need an administrator prompt). */
export function unlockDataDriveCommands({ drive, recoveryKey }: UnlockInput = {}): ShellCommands {
  const letter = driveOrDefault(drive, DEFAULT_DATA_DRIVE);
  const key = keyForCommand(recoveryKey);
  return {
    cmd: `manage-bde -unlock ${letter} -RecoveryPassword ${key}`,
    powershell: `Unlock-BitLocker -MountPoint "${letter}" -RecoveryPassword "${key}"`,
  };
}

/**
 * Unlocks the Windows drive from the recovery environment's Command Prompt (no PowerShell there).
 * There the Windows drive is often not C:, so without a letter the person found with
 * `manage-bde -status` there is no command (null) rather than a guess.
 */
export function unlockOsDriveCommand({ drive, recoveryKey }: UnlockInput): string | null {
  const letter = parseDriveInput(drive);
  return letter ? `manage-bde -unlock ${letter} -RecoveryPassword ${keyForCommand(recoveryKey)}` : null;
}

/**
 * Turns protection off from the recovery environment, to break a recovery loop. No reboot count:
 * the count is of Windows restarts, so protection stays off until `-enable` is run in Windows.
 */
export function disableProtectorsCommand(drive: string | null | undefined): string | null {
  const letter = parseDriveInput(drive);
  return letter ? `manage-bde -protectors -disable ${letter}` : null;
}

/** Lists every drive with its lock status, or one drive when given. */
export function statusCommand(drive?: string | null): string {
  const letter = parseDriveInput(drive);
  return letter ? `manage-bde -status ${letter}` : "manage-bde -status";
}

function checkedRebootCount(rebootCount: number): number {
  if (!Number.isInteger(rebootCount) || rebootCount < 0 || rebootCount > MAX_REBOOT_COUNT) {
    throw new RangeError(`rebootCount must be an integer from 0 to ${MAX_REBOOT_COUNT}`);
  }
  return rebootCount;
}

/**
 * Suspends protection inside Windows: it resumes after `rebootCount` Windows restarts, or with 0
 * only when resumed. There is no default: a firmware update may restart the PC more than once.
 */
export function suspendCommands({ drive, rebootCount }: { drive?: string | null; rebootCount: number }): ShellCommands {
  const letter = driveOrDefault(drive, DEFAULT_OS_DRIVE);
  const count = checkedRebootCount(rebootCount);
  return {
    cmd: `manage-bde -protectors -disable ${letter} -RebootCount ${count}`,
    powershell: `Suspend-BitLocker -MountPoint "${letter}" -RebootCount ${count}`,
  };
}

export function resumeCommands({ drive }: { drive?: string | null } = {}): ShellCommands {
  const letter = driveOrDefault(drive, DEFAULT_OS_DRIVE);
  return { cmd: `manage-bde -protectors -enable ${letter}`, powershell: `Resume-BitLocker -MountPoint "${letter}"` };
}

export type TurnOffCommands = ShellCommands & {
  /** Disable-BitLocker refuses to decrypt a Windows drive that still holds auto-unlock keys of data drives. */
  clearAutoUnlock: ShellCommands;
};

/** Decrypts the drive and removes its protectors at the end. */
export function turnOffCommands({ drive }: { drive?: string | null } = {}): TurnOffCommands {
  const letter = driveOrDefault(drive, DEFAULT_OS_DRIVE);
  return {
    cmd: `manage-bde -off ${letter}`,
    powershell: `Disable-BitLocker -MountPoint "${letter}"`,
    clearAutoUnlock: { cmd: `manage-bde -autounlock -clearallkeys ${letter}`, powershell: "Clear-BitLockerAutoUnlock" },
  };
}

/** Forces recovery at the next start to test the lockout screen; it deletes the drive's TPM protectors. */
export function forceRecoveryCommand(drive?: string | null): string {
  return `manage-bde -forcerecovery ${driveOrDefault(drive, DEFAULT_OS_DRIVE)}`;
}

/** Puts the TPM protector back after a forced recovery, so Windows starts without the key again. */
export function addTpmProtectorCommand(drive?: string | null): string {
  return `manage-bde -protectors -add ${driveOrDefault(drive, DEFAULT_OS_DRIVE)} -tpm`;
}

type RepairInput = {
  source?: string | null;
  destination?: string | null;
  recoveryKey?: string | null;
  /** The key package (`-kp`), needed when the drive's BitLocker metadata is damaged. */
  keyPackage?: string | null;
  log?: string | null;
};

const quotedPath = (path: string) => (path.includes(" ") ? `"${path}"` : path);

/**
 * repair-bde copies what it can read from a damaged drive to another drive, which it OVERWRITES.
 * Refuses the same drive twice and a log file on the drive being overwritten.
 */
export function repairCommand({ source, destination, recoveryKey, keyPackage, log }: RepairInput = {}): string {
  const from = driveOrDefault(source, DEFAULT_DATA_DRIVE);
  const to = driveOrDefault(destination, "E:");
  if (from === to) throw new RangeError("repair-bde needs two different drives");
  const parts = ["repair-bde", from, to, "-rp", keyForCommand(recoveryKey)];
  const packagePath = keyPackage?.trim();
  if (packagePath) {
    if (!FULL_PATH_PATTERN.test(packagePath))
      throw new RangeError("keyPackage must be a full path such as F:\\KeyPackage");
    if ([from, to].includes(packagePath.slice(0, 2).toUpperCase()))
      throw new RangeError("the key package must be on a third drive");
    parts.push("-kp", quotedPath(packagePath));
  }
  const logPath = log?.trim();
  if (logPath) {
    if (!FULL_PATH_PATTERN.test(logPath)) throw new RangeError("log must be a full path such as C:\\repair-bde.log");
    if (logPath.slice(0, 2).toUpperCase() === to)
      throw new RangeError("the log must not be on the drive that is overwritten");
    parts.push("-lf", quotedPath(logPath));
  }
  return parts.join(" ");
}
