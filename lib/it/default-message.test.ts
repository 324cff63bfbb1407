import { describe, expect, it } from "vitest";
import { LOCALES, translate } from "@/lib/i18n/catalogue";
import { defaultRecoveryMessage } from "./lockout-params";
import { buildRecoverySetting, unusualCharacters } from "./recovery-message";

const url = "https://keys.contoso.com";
const settings = [
  { address: "keys.contoso.com", orgName: null, phone: null },
  { address: "keys.contoso.com", orgName: null, phone: "+1 555 0100" },
  { address: "keys.contoso.com", orgName: "Contoso", phone: "+1 555 0100" },
];

describe("the suggested lockout-screen message", () => {
  it.each(LOCALES)("passes the portal's own pre-boot character check in %s", (locale) => {
    for (const setting of settings) {
      const message = defaultRecoveryMessage((key, vars) => translate(locale, key, vars), setting);
      expect(unusualCharacters(message)).toEqual([]);
      // What IT sees on the page: the suggestion raises no warning of its own.
      expect(buildRecoverySetting({ option: "message", message, url }).warnings).toEqual([]);
    }
  });
});
