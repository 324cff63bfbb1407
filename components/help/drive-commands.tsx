"use client";

import { useId, useState, useSyncExternalStore } from "react";
import {
  disableProtectorsCommand,
  parseDriveInput,
  statusCommand,
  turnOffCommands,
  unlockDataDriveCommands,
  unlockOsDriveCommand,
} from "@/lib/help/commands";
import { Callout } from "./callout";
import { CommandBlock, type CopyLabels } from "./command-block";

export type DriveCommandKind = "unlock-data" | "unlock-os" | "turn-off";
/**
 * Further commands for the same drive, each after a paragraph of its own. `disable` turns
 * protection off from the recovery environment (only there: inside Windows a reboot count is used).
 */
export type FollowUp = {
  intro: string;
  command: "status" | "disable" | "clear-auto-unlock";
  /** A warning shown with the command, e.g. that the drive is readable while protection is off. */
  warning?: { title: string; text: string };
};

export type DriveCommandLabels = CopyLabels & {
  drive: string;
  driveHint: string;
  driveInvalid: string;
  update: string;
  cmd: string;
  powershell: string;
  winre: string;
  /** The recovery environment has no File Explorer: how to find the Windows drive's letter there. */
  findDriveWinre: string;
  driveHintWinre: string;
  /** Shown instead of a command until a drive letter is typed. */
  driveNeeded: string;
};

type Props = {
  kind: DriveCommandKind;
  /**
   * Already validated by the server (from `?drive=` or the default). Empty when the letter is not
   * known: the Windows drive in the recovery environment is never assumed to be C:.
   */
  initialDrive: string;
  /** Only the key page passes a revealed key; guides show the placeholder. */
  recoveryKey?: string | null;
  labels: DriveCommandLabels;
  followUps?: readonly FollowUp[];
  /** Hidden fields of the no-JavaScript form, so submitting it stays on this step. */
  formFields?: Record<string, string>;
  /** For `unlock-os`: show how to find the drive letter (off where the guide's previous step did). */
  showFindDrive?: boolean;
};

const noSubscription = () => () => {};

type Block = [label: string, command: string];

function mainBlocks(
  kind: DriveCommandKind,
  drive: string,
  recoveryKey: string | null,
  labels: DriveCommandLabels,
): Block[] {
  if (kind === "unlock-os") {
    const unlock = unlockOsDriveCommand({ drive, recoveryKey });
    return unlock ? [[labels.winre, unlock]] : [];
  }
  const commands =
    kind === "unlock-data" ? unlockDataDriveCommands({ drive, recoveryKey }) : turnOffCommands({ drive });
  return [
    [labels.cmd, commands.cmd],
    [labels.powershell, commands.powershell],
  ];
}

function followUpBlocks(
  command: FollowUp["command"],
  kind: DriveCommandKind,
  drive: string,
  labels: DriveCommandLabels,
): Block[] {
  // The recovery environment has Command Prompt but no PowerShell.
  const cmdLabel = kind === "unlock-os" ? labels.winre : labels.cmd;
  if (command === "status") return [[cmdLabel, statusCommand(drive)]];
  if (command === "disable") {
    const disable = disableProtectorsCommand(drive);
    return disable ? [[labels.winre, disable]] : [];
  }
  const commands = turnOffCommands({ drive }).clearAutoUnlock;
  return [
    [labels.cmd, commands.cmd],
    [labels.powershell, commands.powershell],
  ];
}

/** A drive-letter field whose commands update as the user types; without JavaScript it is a GET form. */
export function DriveCommands({
  kind,
  initialDrive,
  recoveryKey = null,
  labels,
  followUps = [],
  formFields = {},
  showFindDrive = true,
}: Props) {
  const id = useId();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [text, setText] = useState(initialDrive.slice(0, 1));
  const [drive, setDrive] = useState(parseDriveInput(initialDrive));
  const winre = kind === "unlock-os";
  const invalid = text.trim() !== "" && parseDriveInput(text) === null;

  function change(value: string) {
    setText(value);
    const parsed = parseDriveInput(value);
    if (parsed) setDrive(parsed);
  }

  return (
    <div className="space-y-3">
      {winre && showFindDrive ? (
        <>
          <p>{labels.findDriveWinre}</p>
          <CommandBlock label={labels.winre} text={statusCommand()} labels={labels} />
        </>
      ) : null}
      <form method="get" onSubmit={(event) => event.preventDefault()} className="flex flex-wrap items-end gap-3">
        {Object.entries(formFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="space-y-1">
          <label htmlFor={`${id}-drive`} className="block font-semibold">
            {labels.drive}
          </label>
          <input
            id={`${id}-drive`}
            name="drive"
            value={text}
            onChange={(event) => change(event.target.value)}
            maxLength={3}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={invalid}
            aria-describedby={`${id}-hint ${id}-error`}
            className="border-line bg-surface text-ink aria-invalid:border-danger min-h-12 w-24 rounded-lg border px-3 font-mono text-xl uppercase"
          />
        </div>
        {hydrated ? null : (
          <button type="submit" className="btn-secondary">
            {labels.update}
          </button>
        )}
        <p id={`${id}-hint`} className="text-muted w-full text-sm">
          {winre ? labels.driveHintWinre : labels.driveHint}
        </p>
        <p
          id={`${id}-error`}
          role="status"
          className={invalid ? "text-danger w-full text-sm font-semibold" : "sr-only"}
        >
          {invalid ? `⚠ ${labels.driveInvalid}` : ""}
        </p>
      </form>
      {drive ? (
        mainBlocks(kind, drive, recoveryKey, labels).map(([label, line]) => (
          <CommandBlock key={label} label={label} text={line} labels={labels} />
        ))
      ) : (
        <p className="border-line rounded-lg border border-dashed p-3 font-semibold" data-testid="drive-needed">
          {labels.driveNeeded}
        </p>
      )}
      {(drive ? followUps : []).map((followUp) => (
        <div key={followUp.command} className="space-y-3">
          <p>{followUp.intro}</p>
          {followUpBlocks(followUp.command, kind, drive ?? "", labels).map(([label, line]) => (
            <CommandBlock key={label} label={label} text={line} labels={labels} />
          ))}
          {followUp.warning ? (
            <Callout tone="warning" title={followUp.warning.title}>
              <p>{followUp.warning.text}</p>
            </Callout>
          ) : null}
        </div>
      ))}
    </div>
  );
}
