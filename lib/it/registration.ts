/** What the app registration needs; shared by the register-app page and checked against the scripts. */

export const GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

/** Microsoft Graph delegated permissions (type "Scope") KeyDesk asks for, with their permission ids. */
export const DELEGATED_PERMISSIONS = [
  { name: "openid", id: "37f7f235-527c-4136-accd-4a02d197296e" },
  { name: "profile", id: "14dad69e-099b-42c9-810b-d002981feec1" },
  { name: "email", id: "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0" },
  { name: "offline_access", id: "7427e0e9-2fba-42fe-b0c0-848c9e6a8182" },
  { name: "User.Read", id: "e1fe6dd8-ba31-4d61-89e7-88639da4683d" },
  { name: "BitlockerKey.Read.All", id: "b27a61ec-b99c-4d6a-b126-c4375d08ae30" },
] as const;

/** With the help-desk console (HELPDESK=true, `--helpdesk` / `-Helpdesk` in the scripts), also these. */
export const HELPDESK_PERMISSIONS = [
  { name: "Device.Read.All", id: "951183d1-1a61-466f-a6d1-1fde911bfd95" },
  { name: "User.ReadBasic.All", id: "b340eb25-3456-403f-be2f-af7a0d370277" },
] as const;

export const SINGLE_TENANT_ISSUER = "https://login.microsoftonline.com/<tenant-id>/v2.0";
export const MULTI_TENANT_ISSUER = "https://login.microsoftonline.com/organizations/v2.0";
export const ADMIN_CONSENT_URL =
  "https://login.microsoftonline.com/<their-tenant-id>/adminconsent?client_id=<application-client-id>";

/** The Graph setting behind "Restrict non-admin users from recovering the BitLocker key(s) for their owned devices". */
export const SELF_SERVICE_PROPERTY =
  "authorizationPolicy.defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice";

export function scriptCommands(redirectUri: string): { bash: string; powershell: string } {
  return {
    bash: `./scripts/register-app.sh --redirect-uri "${redirectUri}"\n# several tenants: add --multi-tenant\n# the help-desk console (HELPDESK=true): add --helpdesk`,
    powershell: `./scripts/register-app.ps1 -RedirectUri "${redirectUri}"\n# several tenants: add -MultiTenant\n# the help-desk console (HELPDESK=true): add -Helpdesk`,
  };
}
