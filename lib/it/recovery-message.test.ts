import { describe, expect, it } from "vitest";
import {
  buildRecoverySetting,
  CSP_OMA_URI,
  cspValue,
  GPO_PATH,
  MAX_MESSAGE_LENGTH,
  MAX_URL_LENGTH,
  normalizeText,
  typeableAddress,
  xmlAttribute,
} from "./recovery-message";

const url = "https://keys.contoso.com";
const message =
  "Locked out? On your phone, open keys.contoso.com, sign in and type the Recovery key ID shown on this screen. Help desk: +1 555 0100";

describe("the Group Policy and CSP values", () => {
  it("names the documented policy location and CSP node", () => {
    expect(GPO_PATH.join(" > ")).toBe(
      "Computer Configuration > Administrative Templates > Windows Components > BitLocker Drive Encryption > Operating System Drives",
    );
    expect(CSP_OMA_URI).toBe("./Device/Vendor/MSFT/BitLocker/SystemDrivesRecoveryMessage");
  });

  it("makes the CSP value in the documented data format, with all three data elements", () => {
    expect(cspValue("message", "Call 0100", url)).toBe(
      '<enabled/><data id="PrebootRecoveryInfoDropDown_Name" value="2"/><data id="RecoveryMessage_Input" value="Call 0100"/><data id="RecoveryUrl_Input" value="https://keys.contoso.com"/>',
    );
    expect(cspValue("url", "", url)).toContain('<data id="PrebootRecoveryInfoDropDown_Name" value="3"/>');
  });

  it("escapes text for the XML attribute but counts the characters as typed", () => {
    expect(xmlAttribute(`Tom & Jerry's "IT" <desk>`)).toBe("Tom &amp; Jerry&apos;s &quot;IT&quot; &lt;desk&gt;");
    const setting = buildRecoverySetting({ option: "message", message: `R&D: go to ${url}`, url });
    expect(setting.counts.message).toBe(`R&D: go to ${url}`.length);
    expect(setting.values?.csp).toContain('value="R&amp;D: go to https://keys.contoso.com"');
    expect(setting.values?.gpo).toBe(`R&D: go to ${url}`);
  });

  it("puts the message in the Group Policy field for the message option and the URL for the URL option", () => {
    expect(buildRecoverySetting({ option: "message", message, url }).values?.gpo).toBe(message);
    expect(buildRecoverySetting({ option: "url", message, url }).values?.gpo).toBe(url);
  });

  it("turns line breaks into spaces: the policy field is one line", () => {
    expect(normalizeText("  Locked out?\r\n  Open keys.contoso.com \n")).toBe("Locked out? Open keys.contoso.com");
  });
});

describe("the documented limits", () => {
  it("accepts exactly 900 message characters and refuses 901, with no values", () => {
    expect(buildRecoverySetting({ option: "message", message: "a".repeat(MAX_MESSAGE_LENGTH), url }).problems).toEqual(
      [],
    );
    const tooLong = buildRecoverySetting({ option: "message", message: "a".repeat(901), url });
    expect(tooLong.problems).toEqual([{ field: "message", code: "tooLong", length: 901, limit: 900 }]);
    expect(tooLong.values).toBeNull();
  });

  it("accepts a 500-character URL and refuses 501", () => {
    const at = (n: number) => `https://keys.contoso.com/${"x".repeat(n - 25)}`;
    expect(at(500)).toHaveLength(500);
    expect(buildRecoverySetting({ option: "url", message: "", url: at(MAX_URL_LENGTH) }).problems).toEqual([]);
    expect(buildRecoverySetting({ option: "url", message: "", url: at(501) }).problems).toEqual([
      { field: "url", code: "tooLong", length: 501, limit: 500 },
    ]);
  });

  it("needs a message for the message option and a web address always", () => {
    expect(buildRecoverySetting({ option: "message", message: " ", url }).problems).toEqual([
      { field: "message", code: "empty" },
    ]);
    expect(buildRecoverySetting({ option: "url", message: "", url: "" }).problems).toEqual([
      { field: "url", code: "empty" },
    ]);
    expect(buildRecoverySetting({ option: "url", message: "", url: "keys contoso" }).problems).toEqual([
      { field: "url", code: "invalid" },
    ]);
    expect(buildRecoverySetting({ option: "url", message: "", url: "ftp://keys.contoso.com" }).problems).toEqual([
      { field: "url", code: "invalid" },
    ]);
  });
});

describe("warnings", () => {
  it("flags characters the pre-boot screen may not draw", () => {
    const setting = buildRecoverySetting({ option: "message", message: `Hilfe – ${url} · Mo–Fr`, url });
    expect(setting.warnings).toContainEqual({ field: "message", code: "characters", characters: ["–", "·"] });
    expect(setting.values).not.toBeNull();
  });

  it("reminds IT to put the address in a custom message", () => {
    expect(buildRecoverySetting({ option: "message", message: "Call the help desk.", url }).warnings).toContainEqual({
      field: "message",
      code: "noAddress",
    });
    expect(buildRecoverySetting({ option: "message", message: "Go to KEYS.contoso.com", url }).warnings).toEqual([]);
  });

  it("warns about a plain-http address unless it is this machine", () => {
    expect(
      buildRecoverySetting({ option: "url", message: "", url: "http://keys.contoso.com" }).warnings,
    ).toContainEqual({ field: "url", code: "notHttps" });
    expect(buildRecoverySetting({ option: "url", message: "", url: "http://localhost:3000" }).warnings).toEqual([]);
  });
});

describe("typeableAddress", () => {
  it("drops https:// and a trailing slash, keeps http://", () => {
    expect(typeableAddress("https://keys.contoso.com/")).toBe("keys.contoso.com");
    expect(typeableAddress("http://localhost:3100")).toBe("http://localhost:3100");
  });
});
