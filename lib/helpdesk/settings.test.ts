import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { DEFAULT_HELPDESK_REASONS } from "./env-schema";
import { pickIncidentMessage } from "./incident";
import { holdsKeyReaderRole } from "./roles";

const base = {
  AUTH_SECRET: "x".repeat(40),
  AUTH_MICROSOFT_ENTRA_ID_ID: "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63",
  AUTH_MICROSOFT_ENTRA_ID_SECRET: "secret",
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/organizations/v2.0",
};

describe("who opens the console", () => {
  it("a role that may read any BitLocker key does; Directory Readers or no role does not", () => {
    expect(holdsKeyReaderRole(["729827e3-9c14-49f7-bb1b-9608f156bbb8"])).toBe(true); // Helpdesk Administrator
    expect(holdsKeyReaderRole(["88D8E3E3-8F55-4A1E-953A-9B9898B8876B", "5D6B6BB7-DE71-4623-B4AF-96380A352509"])).toBe(
      true,
    ); // Security Reader, in upper case
    expect(holdsKeyReaderRole(["88d8e3e3-8f55-4a1e-953a-9b9898b8876b"])).toBe(false); // Directory Readers
    expect(holdsKeyReaderRole([])).toBe(false);
    expect(holdsKeyReaderRole(undefined)).toBe(false);
  });
});

describe("help-desk and incident settings", () => {
  it("are off by default, with MBAM's reasons", () => {
    const e = parseEnv(base);
    expect(e.HELPDESK).toBe(false);
    expect(e.INCIDENT_LIMITS).toBe(false);
    expect(e.INCIDENT_MESSAGE).toBeNull();
    expect(e.HELPDESK_REASONS).toEqual(DEFAULT_HELPDESK_REASONS);
    expect(e.HELPDESK_CHECKS).toEqual([]);
  });

  it("take booleans as true or false only, lists separated by |, and a valid pattern", () => {
    const e = parseEnv({
      ...base,
      HELPDESK: "true",
      HELPDESK_CHECKS: " Called back | Read the ID ",
      HELPDESK_REASONS: "A|B",
    });
    expect(e.HELPDESK).toBe(true);
    expect(e.HELPDESK_CHECKS).toEqual(["Called back", "Read the ID"]);
    expect(e.HELPDESK_REASONS).toEqual(["A", "B"]);
    expect(() => parseEnv({ ...base, HELPDESK: "yes" })).toThrow(/HELPDESK must be true or false/);
    expect(() => parseEnv({ ...base, HELPDESK_TICKET_PATTERN: "INC[0-9" })).toThrow(/HELPDESK_TICKET_PATTERN/);
    expect(() => parseEnv({ ...base, HELPDESK_GROUP_ID: "helpdesk" })).toThrow(/HELPDESK_GROUP_ID/);
  });

  it("INCIDENT_MESSAGE is plain text for every language, or a text per language with English standing in", () => {
    const plain = parseEnv({ ...base, INCIDENT_MESSAGE: "Call 555 0100." }).INCIDENT_MESSAGE;
    expect(pickIncidentMessage(plain, "ja")).toBe("Call 555 0100.");
    const perLanguage = parseEnv({
      ...base,
      INCIDENT_MESSAGE: '{"en":"Call us.","de":"Rufen Sie an."}',
    }).INCIDENT_MESSAGE;
    expect(pickIncidentMessage(perLanguage, "de")).toBe("Rufen Sie an.");
    expect(pickIncidentMessage(perLanguage, "fr")).toBe("Call us.");
    expect(() => parseEnv({ ...base, INCIDENT_MESSAGE: '{"en": 1}' })).toThrow(/INCIDENT_MESSAGE/);
    expect(() => parseEnv({ ...base, INCIDENT_MESSAGE: "{broken" })).toThrow(/INCIDENT_MESSAGE/);
  });
});
