import { describe, expect, it } from "vitest";
import {
  addTpmProtectorCommand,
  disableProtectorsCommand,
  driveOrDefault,
  forceRecoveryCommand,
  keyForCommand,
  parseDriveInput,
  RECOVERY_KEY_PLACEHOLDER,
  repairCommand,
  resumeCommands,
  statusCommand,
  suspendCommands,
  turnOffCommands,
  unlockDataDriveCommands,
  unlockOsDriveCommand,
} from "./commands";

// Words 1234, 65535, 0, 42, 9999, 30000, 12345, 54321, each × 11: every block passes its checksum.
const KEY = "013574-720885-000000-000462-109989-330000-135795-597531";

describe("drive letters", () => {
  it("accepts a letter with or without colon or backslash, in any case", () => {
    expect(parseDriveInput("d")).toBe("D:");
    expect(parseDriveInput(" e: ")).toBe("E:");
    expect(parseDriveInput("F:\\")).toBe("F:");
  });

  it("refuses anything that is not a single drive letter", () => {
    for (const input of ["", "DE", "1:", "D:\\Windows", "C: && del *", "C:;", "Ä:", null, undefined]) {
      expect(parseDriveInput(input)).toBeNull();
    }
    expect(driveOrDefault("C: & format", "D:")).toBe("D:");
  });
});

describe("the recovery key in a command", () => {
  it("uses the placeholder when there is no key", () => {
    expect(keyForCommand(null)).toBe(RECOVERY_KEY_PLACEHOLDER);
    expect(keyForCommand(undefined)).toBe(RECOVERY_KEY_PLACEHOLDER);
  });

  it("puts a valid key in its dashed form, however it was typed", () => {
    expect(keyForCommand(KEY.replaceAll("-", " "))).toBe(KEY);
  });

  it("never prints a key that fails its checksum", () => {
    expect(keyForCommand(KEY.replace("013574", "013575"))).toBe(RECOVERY_KEY_PLACEHOLDER);
    expect(keyForCommand("not a key")).toBe(RECOVERY_KEY_PLACEHOLDER);
  });
});

describe("unlocking", () => {
  it("builds the documented manage-bde and PowerShell syntax for a data drive", () => {
    expect(unlockDataDriveCommands({ drive: "e", recoveryKey: KEY })).toEqual({
      cmd: `manage-bde -unlock E: -RecoveryPassword ${KEY}`,
      powershell: `Unlock-BitLocker -MountPoint "E:" -RecoveryPassword "${KEY}"`,
    });
  });

  it("defaults to D: and the placeholder", () => {
    expect(unlockDataDriveCommands()).toEqual({
      cmd: "manage-bde -unlock D: -RecoveryPassword <48-digit recovery key>",
      powershell: 'Unlock-BitLocker -MountPoint "D:" -RecoveryPassword "<48-digit recovery key>"',
    });
  });

  it("never guesses the Windows drive in the recovery environment: no letter, no command", () => {
    expect(unlockOsDriveCommand({ drive: null })).toBeNull();
    expect(unlockOsDriveCommand({ drive: "" })).toBeNull();
    expect(unlockOsDriveCommand({ drive: "C: & del *" })).toBeNull();
    expect(unlockOsDriveCommand({ drive: "F:", recoveryKey: KEY })).toBe(
      `manage-bde -unlock F: -RecoveryPassword ${KEY}`,
    );
    expect(unlockOsDriveCommand({ drive: "c" })).toBe(
      "manage-bde -unlock C: -RecoveryPassword <48-digit recovery key>",
    );
  });
});

describe("status, suspend and resume", () => {
  it("lists all drives or one", () => {
    expect(statusCommand()).toBe("manage-bde -status");
    expect(statusCommand("c")).toBe("manage-bde -status C:");
    expect(statusCommand("bad")).toBe("manage-bde -status");
  });

  it("suspends inside Windows for the reboot count asked for, 0 meaning until resumed", () => {
    expect(suspendCommands({ rebootCount: 0 })).toEqual({
      cmd: "manage-bde -protectors -disable C: -RebootCount 0",
      powershell: 'Suspend-BitLocker -MountPoint "C:" -RebootCount 0',
    });
    expect(suspendCommands({ drive: "D", rebootCount: 2 }).powershell).toBe(
      'Suspend-BitLocker -MountPoint "D:" -RebootCount 2',
    );
  });

  it("refuses reboot counts Windows does not accept", () => {
    for (const rebootCount of [-1, 16, 1.5, Number.NaN]) {
      expect(() => suspendCommands({ rebootCount })).toThrow(RangeError);
    }
  });

  it("turns protection off in the recovery environment without a reboot count, for a known drive only", () => {
    expect(disableProtectorsCommand("e")).toBe("manage-bde -protectors -disable E:");
    expect(disableProtectorsCommand("")).toBeNull();
    expect(disableProtectorsCommand(undefined)).toBeNull();
  });

  it("resumes protection", () => {
    expect(resumeCommands()).toEqual({
      cmd: "manage-bde -protectors -enable C:",
      powershell: 'Resume-BitLocker -MountPoint "C:"',
    });
  });
});

describe("turning BitLocker off", () => {
  it("decrypts with manage-bde -off or Disable-BitLocker, and clears auto-unlock keys first where needed", () => {
    expect(turnOffCommands()).toEqual({
      cmd: "manage-bde -off C:",
      powershell: 'Disable-BitLocker -MountPoint "C:"',
      clearAutoUnlock: { cmd: "manage-bde -autounlock -clearallkeys C:", powershell: "Clear-BitLockerAutoUnlock" },
    });
    expect(turnOffCommands({ drive: "e:" }).cmd).toBe("manage-bde -off E:");
  });
});

describe("testing the lockout screen", () => {
  it("forces recovery and puts the TPM protector back afterwards", () => {
    expect(forceRecoveryCommand()).toBe("manage-bde -forcerecovery C:");
    expect(addTpmProtectorCommand()).toBe("manage-bde -protectors -add C: -tpm");
    expect(addTpmProtectorCommand("d")).toBe("manage-bde -protectors -add D: -tpm");
  });
});

describe("repair-bde", () => {
  it("uses the documented order: source, destination, -rp key, -lf log", () => {
    expect(repairCommand({ source: "D:", destination: "E:", recoveryKey: KEY, log: "C:\\repair-bde.log" })).toBe(
      `repair-bde D: E: -rp ${KEY} -lf C:\\repair-bde.log`,
    );
  });

  it("defaults to the placeholder and leaves the log out unless asked", () => {
    expect(repairCommand()).toBe("repair-bde D: E: -rp <48-digit recovery key>");
  });

  it("quotes a log path with spaces", () => {
    expect(repairCommand({ log: "C:\\Repair logs\\d.txt" })).toBe(
      'repair-bde D: E: -rp <48-digit recovery key> -lf "C:\\Repair logs\\d.txt"',
    );
  });

  it("adds the key package needed when the drive's metadata is damaged", () => {
    expect(repairCommand({ keyPackage: "F:\\RecoveryKeyPackage", log: "C:\\repair-bde.log" })).toBe(
      "repair-bde D: E: -rp <48-digit recovery key> -kp F:\\RecoveryKeyPackage -lf C:\\repair-bde.log",
    );
    expect(repairCommand({ keyPackage: "F:\\Key packages\\d.kpg" })).toBe(
      'repair-bde D: E: -rp <48-digit recovery key> -kp "F:\\Key packages\\d.kpg"',
    );
    expect(() => repairCommand({ keyPackage: "E:\\pkg" })).toThrow(RangeError);
    expect(() => repairCommand({ keyPackage: "pkg" })).toThrow(RangeError);
  });

  it("refuses to repair a drive onto itself or to log onto the drive being overwritten", () => {
    expect(() => repairCommand({ source: "E:", destination: "e" })).toThrow(RangeError);
    expect(() => repairCommand({ destination: "F:", log: "F:\\log.txt" })).toThrow(RangeError);
    expect(() => repairCommand({ log: "log.txt" })).toThrow(RangeError);
    expect(() => repairCommand({ log: 'C:\\a" & del *' })).toThrow(RangeError);
  });
});
