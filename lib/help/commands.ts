import { formatRecoveryPassword } from "@/lib/recovery-key/password";

/**
 * The exact BitLocker command lines the guides show, built in one place so the guides and the
 * key page print the same syntax. Sources (Microsoft Learn):
 * - manage-bde unlock / status / off / protectors / autounlock:
 *   https://learn.microsoft.com/windows-server/administration/windows-commands/manage-bde
 * - Unlock-BitLocker, Suspend-BitLocker, Resume-BitLocker, Disable-BitLocker, Clear-BitLockerAutoUnlock:
 *   https://learn.microsoft.com/powershell/module/bitlocker/
 * - repair-bde: https://learn.microsoft.com/windows-server/administration/windows-commands/repair-bde
 */

/** Shown instead of the key wherever the user has not revealed one. */
export const RECOVERY_KEY_PLACEHOLDER = "<48-digit recovery key>";
export const DEFAULT_DATA_DRIVE = "D:";
export const DEFAULT_OS_DRIVE = "C:";
/** Suspend-BitLocker and manage-bde accept 0 (until resumed) to 15 restarts. */
export const MAX_REBOOT_COUNT = 15;

const DRIVE_PATTERN = /^[A-Z]:$/i;
const DRIVE_INPUT_PATTERN = /^\s*([A-Z])\s*(?::\\?)?\s*$/i;
const LOG_PATH_PATTERN = /^[A-Z]:\\[^"<>|?*\r\n]+$/i;

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

/** Unlocks the Windows drive from the recovery environment's Command Prompt (no PowerShell there). */
export function unlockOsDriveCommand({ drive, recoveryKey }: UnlockInput = {}): string {
  return `manage-bde -unlock ${driveOrDefault(drive, DEFAULT_OS_DRIVE)} -RecoveryPassword ${keyForCommand(recoveryKey)}`;
}

/** Lists every drive with its lock status, or one drive when given. */
export function statusCommand(drive?: string | null): string {
  const letter = parseDriveInput(drive);
  return letter ? `manage-bde -status ${letter}` : "manage-bde -status";
}

function rebootCountOrDefault(rebootCount: number | undefined): number {
  if (rebootCount === undefined) return 1;
  if (!Number.isInteger(rebootCount) || rebootCount < 0 || rebootCount > MAX_REBOOT_COUNT) {
    throw new RangeError(`rebootCount must be an integer from 0 to ${MAX_REBOOT_COUNT}`);
  }
  return rebootCount;
}

/** Suspends protection so BitLocker re-learns the PC's configuration; it resumes after `rebootCount` restarts. */
export function suspendCommands({
  drive,
  rebootCount,
}: { drive?: string | null; rebootCount?: number } = {}): ShellCommands {
  const letter = driveOrDefault(drive, DEFAULT_OS_DRIVE);
  const count = rebootCountOrDefault(rebootCount);
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

type RepairInput = {
  source?: string | null;
  destination?: string | null;
  recoveryKey?: string | null;
  log?: string | null;
};

/**
 * repair-bde copies what it can read from a damaged drive to another drive, which it OVERWRITES.
 * Refuses the same drive twice and a log file on the drive being overwritten.
 */
export function repairCommand({ source, destination, recoveryKey, log }: RepairInput = {}): string {
  const from = driveOrDefault(source, DEFAULT_DATA_DRIVE);
  const to = driveOrDefault(destination, "E:");
  if (from === to) throw new RangeError("repair-bde needs two different drives");
  const parts = ["repair-bde", from, to, "-rp", keyForCommand(recoveryKey)];
  const logPath = log?.trim();
  if (logPath) {
    if (!LOG_PATH_PATTERN.test(logPath)) throw new RangeError("log must be a full path such as C:\\repair-bde.log");
    if (logPath.slice(0, 2).toUpperCase() === to)
      throw new RangeError("the log must not be on the drive that is overwritten");
    parts.push("-lf", logPath.includes(" ") ? `"${logPath}"` : logPath);
  }
  return parts.join(" ");
}
