import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DELEGATED_PERMISSIONS, GRAPH_APP_ID, HELPDESK_PERMISSIONS } from "./registration";

const bash = readFileSync(resolve("scripts/register-app.sh"), "utf8");
const powershell = readFileSync(resolve("scripts/register-app.ps1"), "utf8");
const REDIRECT = "https://keys.contoso.com/api/auth/callback/microsoft-entra-id";

/** A stand-in `az` that logs its arguments (and the manifest it is given) and answers like the real one. */
function fakeAz(dir: string): string {
  const log = join(dir, "az.log");
  const script = `#!/usr/bin/env bash
echo "$*" >> "${log}"
for arg in "$@"; do case "$arg" in @*) cat "\${arg#@}" > "${dir}/manifest.json" ;; esac; done
case "$1 $2 $3" in
  "account show --query") echo "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75" ;;
  "ad app create") echo "11111111-2222-4333-8444-555555555555" ;;
  "ad app credential") echo "generated-secret" ;;
  "cloud show --query") case "$*" in *activeDirectory*) echo "https://login.microsoftonline.com" ;; *) echo "https://graph.microsoft.com/" ;; esac ;;
esac
`;
  writeFileSync(join(dir, "az"), script);
  chmodSync(join(dir, "az"), 0o755);
  return log;
}

describe("the registration scripts", () => {
  it("both request exactly the delegated Graph permissions the portal documents, never app roles", () => {
    for (const script of [bash, powershell]) {
      expect(script).toContain(GRAPH_APP_ID);
      for (const permission of DELEGATED_PERMISSIONS) expect(script).toContain(permission.id);
      expect(script).not.toMatch(/"Role"/);
    }
  });

  it("the Azure CLI script creates the app, its service principal, consent and a secret, and prints the settings", () => {
    const dir = mkdtempSync(join(tmpdir(), "keydesk-az-"));
    const log = fakeAz(dir);
    const output = execFileSync("bash", [resolve("scripts/register-app.sh"), "--redirect-uri", REDIRECT], {
      env: { PATH: `${dir}:/usr/bin:/bin`, NODE_ENV: "test" },
      encoding: "utf8",
    });
    const calls = readFileSync(log, "utf8").trim().split("\n");
    expect(calls.map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual([
      "account show --query",
      "ad app create",
      "ad sp create",
      "ad app permission",
      "ad app credential",
      "cloud show --query",
      "cloud show --query",
    ]);
    expect(calls[1]).toContain(
      `--sign-in-audience AzureADMyOrg --web-redirect-uris ${REDIRECT} https://keys.contoso.com/signed-out`,
    );
    expect(calls[1]).toContain('--optional-claims {"idToken":[{"name":"login_hint"');
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
      resourceAppId: string;
      resourceAccess: { id: string; type: string }[];
    }[];
    expect(manifest).toEqual([
      { resourceAppId: GRAPH_APP_ID, resourceAccess: DELEGATED_PERMISSIONS.map((p) => ({ id: p.id, type: "Scope" })) },
    ]);
    expect(output).toContain("AUTH_URL=https://keys.contoso.com\n");
    expect(output).toContain("AUTH_MICROSOFT_ENTRA_ID_ID=11111111-2222-4333-8444-555555555555\n");
    expect(output).toContain(
      "AUTH_MICROSOFT_ENTRA_ID_ISSUER=https://login.microsoftonline.com/3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75/v2.0\n",
    );
    expect(output).toContain("GRAPH_BASE_URL=https://graph.microsoft.com\n");
  });

  it("both register the signed-out page Microsoft's sign-out returns to, and the login_hint claim", () => {
    expect(powershell).toMatch(/RedirectUris\s*=\s*@\(\$RedirectUri, \$signedOutUri\)/);
    expect(powershell).toContain('+ "/signed-out"');
    expect(powershell).toMatch(/-OptionalClaims @\{ IdToken = @\(@\{ Name = "login_hint"/);
    expect(bash).toContain('--web-redirect-uris "$REDIRECT_URI" "$SIGNED_OUT_URI"');
  });

  it("with the help-desk option, both also ask for the console's scopes and the directory roles in the ID token", () => {
    const dir = mkdtempSync(join(tmpdir(), "keydesk-az-"));
    const log = fakeAz(dir);
    execFileSync("bash", [resolve("scripts/register-app.sh"), "--redirect-uri", REDIRECT, "--helpdesk"], {
      env: { PATH: `${dir}:/usr/bin:/bin`, NODE_ENV: "test" },
      encoding: "utf8",
    });
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
      resourceAccess: { id: string; type: string }[];
    }[];
    expect(manifest[0]!.resourceAccess).toEqual(
      [...DELEGATED_PERMISSIONS, ...HELPDESK_PERMISSIONS].map((p) => ({ id: p.id, type: "Scope" })),
    );
    expect(readFileSync(log, "utf8")).toContain(
      "ad app update --id 11111111-2222-4333-8444-555555555555 --set groupMembershipClaims=DirectoryRole",
    );
    for (const permission of HELPDESK_PERMISSIONS)
      expect(powershell).toContain(`"${permission.name}"] = "${permission.id}"`);
    expect(powershell).toMatch(/\$groupClaims = if \(\$Helpdesk\) \{ "DirectoryRole" \}/);
    expect(powershell).toContain("-GroupMembershipClaims $groupClaims");
  });

  it("without it, neither asks for more than self-service needs", () => {
    const dir = mkdtempSync(join(tmpdir(), "keydesk-az-"));
    const log = fakeAz(dir);
    execFileSync("bash", [resolve("scripts/register-app.sh"), "--redirect-uri", REDIRECT], {
      env: { PATH: `${dir}:/usr/bin:/bin`, NODE_ENV: "test" },
      encoding: "utf8",
    });
    expect(readFileSync(join(dir, "manifest.json"), "utf8")).not.toContain(HELPDESK_PERMISSIONS[0].id);
    expect(readFileSync(log, "utf8")).not.toContain("groupMembershipClaims");
  });

  it("refuses a redirect URI that is not KeyDesk's callback", () => {
    expect(() =>
      execFileSync("bash", [resolve("scripts/register-app.sh"), "--redirect-uri", "https://keys.contoso.com/"], {
        stdio: "pipe",
      }),
    ).toThrow(/must be https:\/\/<host>\/api\/auth\/callback\/microsoft-entra-id/);
  });
});
