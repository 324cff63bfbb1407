import { describe, expect, it } from "vitest";
import { commandPieces } from "./command-tokens";

const tokens = (text: string) =>
  commandPieces(text)
    .filter((p) => p.kind === "token")
    .map((p) => p.text);

describe("commandPieces", () => {
  it("cuts a command at its spaces", () => {
    expect(tokens("manage-bde -unlock D: -RecoveryPassword 013574-720885")).toEqual([
      "manage-bde",
      "-unlock",
      "D:",
      "-RecoveryPassword",
      "013574-720885",
    ]);
  });

  it("keeps a quoted argument and a placeholder whole", () => {
    expect(tokens('Unlock-BitLocker -MountPoint "D:" -RecoveryPassword "<48-digit recovery key>"')).toEqual([
      "Unlock-BitLocker",
      "-MountPoint",
      '"D:"',
      "-RecoveryPassword",
      '"<48-digit recovery key>"',
    ]);
    expect(tokens("manage-bde -unlock D: -RecoveryPassword <48-digit recovery key>").at(-1)).toBe(
      "<48-digit recovery key>",
    );
    expect(tokens('repair-bde D: E: -lf "C:\\Repair logs\\d.txt"').at(-1)).toBe('"C:\\Repair logs\\d.txt"');
  });

  it("keeps attribute values glued to their names, but lets a long quoted message break between words", () => {
    expect(tokens('<data id="RecoveryUrl_Input" value="https://keys.contoso.com"/>')).toEqual([
      "<data",
      'id="RecoveryUrl_Input"',
      'value="https://keys.contoso.com"/>',
    ]);
    expect(tokens('value="Locked out? On your phone, open keys.contoso.com and sign in."/>')).toEqual([
      'value="Locked',
      "out?",
      "On",
      "your",
      "phone,",
      "open",
      "keys.contoso.com",
      "and",
      "sign",
      'in."/>',
    ]);
  });

  it("gives back the exact text, line breaks and unclosed quotes included", () => {
    for (const text of ['a  b\nc "d e', "x <y", "Hello,\nI need the key.\n\nName: Adele", ""]) {
      expect(
        commandPieces(text)
          .map((p) => p.text)
          .join(""),
      ).toBe(text);
    }
  });
});
