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

describe("recovery-key digits behind any separator", () => {
  const blocks = KEY.split("-");
  const FULL_WIDTH = KEY.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  it.each([
    ["en dash", blocks.join("–")],
    ["em dash", blocks.join("—")],
    ["minus sign", blocks.join("−")],
    ["non-breaking hyphen", blocks.join("\u2011")],
    ["colon", blocks.join(":")],
    ["plus", blocks.join("+")],
    ["pipe", blocks.join("|")],
    ["slash and backslash", blocks.join("/\\")],
    ["no-break space", blocks.join("\u00a0")],
    ["ideographic space", blocks.join("\u3000")],
    ["tab and newline", blocks.join("\t\n")],
    ["zero-width space", blocks.join("\u200b")],
    ["brackets and quotes", blocks.map((b) => `[${b}]"`).join("")],
    ["full-width digits", FULL_WIDTH],
    ["full-width digits and full-width hyphen", FULL_WIDTH.replaceAll("-", "－")],
    [
      "Arabic-Indic digits",
      blocks
        .slice(0, 2)
        .join("-")
        .replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
    ],
    ["two blocks only, with an en dash", `${blocks[0]}–${blocks[1]}`],
    ["two blocks in a sentence", `my pc says ${blocks[0]} : ${blocks[1]} please`],
  ])("finds a key written with %s", (_, text) => expect(containsKeyMaterial(text)).toBe(true));
});

describe("field length caps", () => {
  const long = (n: number) => "a".repeat(n);
  it.each([
    ["name", 81],
    ["email", 121],
    ["device", 64],
    ["keyId", 46],
  ] as const)("refuses a %s longer than its cap, and does not echo it", (field, length) => {
    const result = checkHandoff({ device: "PC-1", [field]: long(length) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field]).toBe("help.handoff.error.tooLong");
    expect(result.values[field]).toBe("");
    expect(t("help.handoff.error.tooLong", { max: 80 })).toBe("That is too long: use at most 80 characters.");
  });

  it("refuses a 20 KB field without echoing any of it", () => {
    const result = checkHandoff({ name: long(20_000), device: long(20_000), keyId: long(20_000) });
    expect(JSON.stringify(result).length).toBeLessThan(500);
  });
});
