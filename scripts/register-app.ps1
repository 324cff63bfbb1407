<#
.SYNOPSIS
  Registers KeyDesk in Microsoft Entra ID with Microsoft Graph PowerShell, then prints the settings to copy.

.DESCRIPTION
  Creates the app registration (platform Web, the redirect URI and the signed-out page
  https://<your host>/signed-out where Microsoft's sign-out returns, the login_hint optional ID-token
  claim that KeyDesk hands to that sign-out, delegated Microsoft Graph permissions
  openid, profile, email, offline_access, User.Read and BitlockerKey.Read.All — never application
  permissions), its service principal, a tenant-wide delegated permission grant (admin consent) and
  a client secret. It does not change the tenant setting "Restrict non-admin users from recovering
  the BitLocker key(s) for their owned devices"; it only reminds you that it must be No.

  UNTESTED: written against the Microsoft Graph PowerShell documentation; the KeyDesk project could
  not run it against a real tenant (its test machines are offline). Read it before you run it, and
  check the result under App registrations in the Microsoft Entra admin center.

  Needs the modules Microsoft.Graph.Authentication, Microsoft.Graph.Applications and
  Microsoft.Graph.Identity.SignIns (Install-Module Microsoft.Graph -Scope CurrentUser), and an
  administrator who may create applications and grant tenant-wide consent.

.EXAMPLE
  ./scripts/register-app.ps1 -RedirectUri "https://keys.contoso.com/api/auth/callback/microsoft-entra-id"

.EXAMPLE
  ./scripts/register-app.ps1 -RedirectUri "https://keys.contoso.com/api/auth/callback/microsoft-entra-id" -Helpdesk

.EXAMPLE
  ./scripts/register-app.ps1 -RedirectUri "https://keys.contoso.com/api/auth/callback/microsoft-entra-id" -MultiTenant -TenantId 3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory)] [string] $RedirectUri,
  [string] $DisplayName = "KeyDesk",
  [switch] $MultiTenant,
  [ValidateRange(1, 24)] [int] $SecretMonths = 12,
  [switch] $SkipAdminConsent,
  # For the help-desk console (HELPDESK=true): Device.Read.All, User.ReadBasic.All and the `wids` claim.
  [switch] $Helpdesk,
  [string] $TenantId
)
$ErrorActionPreference = "Stop"

if ($RedirectUri -notmatch '^(https://[^/]+|http://localhost(:\d+)?)/api/auth/callback/microsoft-entra-id$') {
  throw "The redirect URI must be https://<host>/api/auth/callback/microsoft-entra-id (http only for localhost)."
}

# Microsoft's sign-out returns only to a registered redirect URI: KeyDesk's signed-out page.
$signedOutUri = ($RedirectUri -replace '/api/auth/callback/microsoft-entra-id$', '') + "/signed-out"

$GraphAppId = "00000003-0000-0000-c000-000000000000"
# Microsoft Graph delegated permission ids (oauth2PermissionScopes of the Microsoft Graph app).
$Scopes = [ordered]@{
  "openid"                = "37f7f235-527c-4136-accd-4a02d197296e"
  "profile"               = "14dad69e-099b-42c9-810b-d002981feec1"
  "email"                 = "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0"
  "offline_access"        = "7427e0e9-2fba-42fe-b0c0-848c9e6a8182"
  "User.Read"             = "e1fe6dd8-ba31-4d61-89e7-88639da4683d"
  "BitlockerKey.Read.All" = "b27a61ec-b99c-4d6a-b126-c4375d08ae30"
}
if ($Helpdesk) {
  # The console finds a caller's PC and person with the agent's own token.
  $Scopes["Device.Read.All"] = "951183d1-1a61-466f-a6d1-1fde911bfd95"
  $Scopes["User.ReadBasic.All"] = "b340eb25-3456-403f-be2f-af7a0d370277"
}
# The console lets in agents by their directory roles, which Entra puts in the ID token's `wids`
# claim only when groupMembershipClaims includes DirectoryRole.
$groupClaims = if ($Helpdesk) { "DirectoryRole" } else { $null }

$connect = @{ Scopes = @("Application.ReadWrite.All", "DelegatedPermissionGrant.ReadWrite.All"); NoWelcome = $true }
if ($TenantId) { $connect.TenantId = $TenantId }
Connect-MgGraph @connect
$context = Get-MgContext
$audience = if ($MultiTenant) { "AzureADMultipleOrgs" } else { "AzureADMyOrg" }

Write-Host "Creating the app registration '$DisplayName' in tenant $($context.TenantId) ($audience)…"
$app = New-MgApplication -DisplayName $DisplayName -SignInAudience $audience `
  -Web @{
    RedirectUris          = @($RedirectUri, $signedOutUri)
    ImplicitGrantSettings = @{ EnableIdTokenIssuance = $false; EnableAccessTokenIssuance = $false }
  } `
  -OptionalClaims @{ IdToken = @(@{ Name = "login_hint"; Essential = $false }) } `
  -GroupMembershipClaims $groupClaims `
  -RequiredResourceAccess @(@{
    ResourceAppId  = $GraphAppId
    ResourceAccess = @($Scopes.Values | ForEach-Object { @{ Id = $_; Type = "Scope" } })
  })

Write-Host "Creating its service principal (enterprise application)…"
$sp = New-MgServicePrincipal -AppId $app.AppId

if (-not $SkipAdminConsent) {
  Write-Host "Granting tenant-wide admin consent for the delegated permissions…"
  $graphSp = Get-MgServicePrincipal -Filter "appId eq '$GraphAppId'"
  New-MgOauth2PermissionGrant -ClientId $sp.Id -ConsentType "AllPrincipals" -ResourceId $graphSp.Id -Scope ($Scopes.Keys -join " ") | Out-Null
}

Write-Host "Creating a client secret valid for $SecretMonths month(s)…"
$secret = Add-MgApplicationPassword -ApplicationId $app.Id -PasswordCredential @{
  DisplayName = "KeyDesk"
  EndDateTime = (Get-Date).ToUniversalTime().AddMonths($SecretMonths)
}

# The login host and Graph host of the cloud Connect-MgGraph used (global, US Government, China).
$environment = Get-MgEnvironment | Where-Object Name -eq $context.Environment | Select-Object -First 1
$loginHost = if ($environment) { $environment.AzureADEndpoint.TrimEnd("/") } else { "https://login.microsoftonline.com" }
$graphHost = if ($environment) { $environment.GraphEndpoint.TrimEnd("/") } else { "https://graph.microsoft.com" }
$issuer = if ($MultiTenant) { "$loginHost/organizations/v2.0" } else { "$loginHost/$($context.TenantId)/v2.0" }
$authUrl = $RedirectUri -replace '/api/auth/callback/microsoft-entra-id$', ''

Write-Host ""
Write-Host "Done. Put these settings in KeyDesk's environment (the secret is shown only now; store it in"
Write-Host "your secret store; it expires on $($secret.EndDateTime.ToString('yyyy-MM-dd'))):"
Write-Host ""
Write-Host "AUTH_URL=$authUrl"
Write-Host "AUTH_MICROSOFT_ENTRA_ID_ID=$($app.AppId)"
Write-Host "AUTH_MICROSOFT_ENTRA_ID_SECRET=$($secret.SecretText)"
Write-Host "AUTH_MICROSOFT_ENTRA_ID_ISSUER=$issuer"
Write-Host "GRAPH_BASE_URL=$graphHost"
if ($MultiTenant) {
  Write-Host "AUTH_ALLOWED_TENANTS=$($context.TenantId)"
  Write-Host ""
  Write-Host "Each further tenant's administrator consents once at"
  Write-Host "  $loginHost/<their-tenant-id>/adminconsent?client_id=$($app.AppId)"
  Write-Host "and you add their tenant id to AUTH_ALLOWED_TENANTS."
}
Write-Host ""
Write-Host "Also check, in the Entra admin center under Devices > Device settings, that 'Restrict non-admin"
Write-Host "users from recovering the BitLocker key(s) for their owned devices' is No, then run npm run doctor."
