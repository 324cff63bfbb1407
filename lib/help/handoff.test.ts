import { describe, expect, it } from "vitest";
import { translate, type MessageKey, type Vars } from "@/lib/i18n/catalogue";
import {
  buildHandoffMessage,
  checkHandoff,
  containsKeyMaterial,
  formatHandoffTime,
  formatKeyIdPrefix,
  mailtoHref,
} from "./handoff";

const t = (key: MessageKey, vars?: Vars) => translate("en", key, vars);
// Words 1234, 65535, 0, 42, 9999, 30000, 12345, 54321, each × 11.
const KEY = "013574-720885-000000-000462-109989-330000-135795-597531";
const KEY_DIGITS = /\d{6}[\s-]?\d{6}/;

describe("spotting recovery-key digits", () => {
  it("finds a whole key or two blocks, however they are separated", () => {
    expect(containsKeyMaterial(KEY)).toBe(true);
    expect(containsKeyMaterial(KEY.replaceAll("-", " "))).toBe(true);
    expect(containsKeyMaterial("013574-72088?")).toBe(true);
    expect(containsKeyMaterial(`PC ${KEY.slice(0, 13)}`)).toBe(true);
  });

  it("leaves device names, Key IDs and phone numbers alone", () => {
    for (const text of [
      "ADELE-LAPTOP",
      "DESKTOP-53O32QI",
      "4290B6C0-B17A-497A-8552-272CC30E80D4",
      "+1 555 0100",
      "013574",
    ]) {
      expect(containsKeyMaterial(text)).toBe(false);
    }
  });
});

describe("checking the handoff form", () => {
  it("accepts a device name and a Key ID prefix, formatted like the recovery screen", () => {
    const result = checkHandoff({
      name: " Adele Vance ",
      email: "adele.vance@contoso.example",
      device: "ADELE-LAPTOP",
      keyId: "4290b6c0b17a",
    });
    expect(result).toEqual({
      ok: true,
      details: {
        name: "Adele Vance",
        email: "adele.vance@contoso.example",
        device: "ADELE-LAPTOP",
        keyId: "4290B6C0-B17A",
      },
    });
  });

  it("needs a device name or a Key ID", () => {
    const result = checkHandoff({ name: "Adele" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.form).toBe("help.handoff.error.needOne");
  });

  it("refuses key material in any field and never echoes it back", () => {
    for (const field of ["name", "email", "device", "keyId"] as const) {
      const result = checkHandoff({ device: "ADELE-LAPTOP", [field]: KEY });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[field]).toMatch(/keyMaterial|KeyMaterial/);
        expect(result.values[field]).toBe("");
        expect(JSON.stringify(result.values)).not.toMatch(KEY_DIGITS);
      }
    }
  });

  it("explains what is wrong with a Key ID", () => {
    const reasons = (keyId: string) => {
      const result = checkHandoff({ keyId });
      return result.ok ? null : result.errors.keyId;
    };
    expect(reasons("4290")).toBe("help.handoff.error.keyIdShort");
    expect(reasons("4290B6C0-XYZ")).toBe("help.handoff.error.keyIdChars");
    expect(reasons("4290B6C0-B17A-497A-8552-272CC30E80D4-FF")).toBe("help.handoff.error.keyIdLong");
  });

  it("refuses odd device names and bad e-mail addresses", () => {
    const device = checkHandoff({ device: "<script>" });
    expect(device.ok ? null : device.errors.device).toBe("help.handoff.error.device");
    const email = checkHandoff({ device: "PC1", email: "not an address" });
    expect(email.ok ? null : email.errors.email).toBe("help.handoff.error.email");
  });
});

describe("the message", () => {
  const details = {
    name: "Adele Vance",
    email: "adele.vance@contoso.example",
    device: "ADELE-LAPTOP",
    keyId: "4290B6C0",
  };

  it("says who, which PC, which Key ID, when and what was tried", () => {
    const message = buildHandoffMessage(
      details,
      ["help.handoff.tried.work", "help.handoff.tried.noCopy"],
      "2 Mar 2026, 08:14 UTC",
      t,
    );
    expect(message.subject).toBe("BitLocker recovery key needed: ADELE-LAPTOP");
    expect(message.body).toContain("Name: Adele Vance");
    expect(message.body).toContain("Account: adele.vance@contoso.example");
    expect(message.body).toContain("PC name: ADELE-LAPTOP");
    expect(message.body).toContain("Recovery key ID: 4290B6C0");
    expect(message.body).toContain("Time: 2 Mar 2026, 08:14 UTC");
    expect(message.body).toContain(
      "- The PC uses a work or school account.\n- Looked for a printed or USB copy: none found.",
    );
  });

  it("builds a mailto link with encoded subject and CRLF body", () => {
    const href = mailtoHref("helpdesk@contoso.example", { subject: "Key & PC", body: "a\nb" });
    expect(href).toBe("mailto:helpdesk@contoso.example?subject=Key%20%26%20PC&body=a%0D%0Ab");
  });

  it("formats the time in UTC and the Key ID like the recovery screen", () => {
    expect(formatHandoffTime(new Date("2026-03-02T08:14:27Z"), "en")).toMatch(/^Mar 2, 2026, 8:14\sAM UTC$/);
    expect(formatKeyIdPrefix("4290b6c0b17a497a8552272cc30e80d4")).toBe("4290B6C0-B17A-497A-8552-272CC30E80D4");
  });
});
