import { GRAPH_APP_ID } from "./registration";

/**
 * What IT sets up for brokered key access (KEY_ACCESS=brokered): the Microsoft Graph application
 * permissions, each with why KeyDesk needs it (the doctor checks the same list, lib/doctor/app-access.ts).
 */
export const APPLICATION_PERMISSIONS = [
  { name: "BitlockerKey.Read.All", why: "it.brokered.perm.bitlocker" },
  { name: "Device.Read.All", why: "it.brokered.perm.device" },
  { name: "DeviceManagementManagedDevices.Read.All", why: "it.brokered.perm.intune" },
  { name: "GroupMember.Read.All", why: "it.brokered.perm.group" },
  // Lets the app run Intune's remote actions on devices: granted only by those who turn rotation on.
  { name: "DeviceManagementManagedDevices.PrivilegedOperations.All", why: "it.brokered.perm.rotate", optIn: true },
] as const;

export const BROKERED_CONSENT_URL =
  "https://login.microsoftonline.com/<tenant-id>/adminconsent?client_id=<application-client-id>";

/** The scripts grant what reading keys needs; rotation's permission stays a separate, deliberate step. */
const ROLE_NAMES = APPLICATION_PERMISSIONS.filter((p) => !("optIn" in p)).map((p) => p.name);

/** A self-signed certificate for the app registration, and the one PEM KeyDesk reads. */
export const CERTIFICATE_COMMANDS = [
  "openssl req -x509 -newkey rsa:3072 -sha256 -days 365 -nodes \\",
  '  -subj "/CN=KeyDesk brokered access" -keyout keydesk-app.key -out keydesk-app.crt',
  "cat keydesk-app.key keydesk-app.crt > keydesk-app.pem   # GRAPH_APP_CERTIFICATE_PATH",
  "chmod 600 keydesk-app.pem && rm keydesk-app.key",
].join("\n");

/** Azure CLI: the permissions by name (their ids are looked up, never typed), consent, the certificate. */
export const AZ_COMMANDS = [
  "APP_ID=<application-client-id>",
  `GRAPH=${GRAPH_APP_ID}`,
  `for ROLE in ${ROLE_NAMES.join(" ")}; do`,
  `  ROLE_ID=$(az ad sp show --id $GRAPH --query "appRoles[?value=='$ROLE'].id" -o tsv)`,
  "  az ad app permission add --id $APP_ID --api $GRAPH --api-permissions $ROLE_ID=Role",
  "done",
  "az ad app permission admin-consent --id $APP_ID",
  "az ad app credential reset --id $APP_ID --cert @keydesk-app.crt --append",
].join("\n");

/** Microsoft Graph PowerShell: an app role assignment per permission is the admin consent itself. */
export const POWERSHELL_COMMANDS = [
  'Connect-MgGraph -Scopes "Application.Read.All","AppRoleAssignment.ReadWrite.All"',
  `$graph = Get-MgServicePrincipal -Filter "appId eq '${GRAPH_APP_ID}'"`,
  `$app = Get-MgServicePrincipal -Filter "appId eq '<application-client-id>'"`,
  `foreach ($role in ${ROLE_NAMES.map((r) => `"${r}"`).join(",")}) {`,
  '  $appRole = $graph.AppRoles | Where-Object { $_.Value -eq $role -and $_.AllowedMemberTypes -contains "Application" }',
  "  New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $app.Id -PrincipalId $app.Id -ResourceId $graph.Id -AppRoleId $appRole.Id",
  "}",
].join("\n");
