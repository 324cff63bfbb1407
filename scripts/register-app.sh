#!/usr/bin/env bash
# Registers KeyDesk in Microsoft Entra ID with the Azure CLI (az), then prints the settings to copy.
#
#   az login --tenant <tenant-id>          # as an administrator who may grant tenant-wide consent
#   ./scripts/register-app.sh --redirect-uri https://keys.contoso.com/api/auth/callback/microsoft-entra-id
#
# Options:
#   --redirect-uri <uri>   required; https://<your host>/api/auth/callback/microsoft-entra-id
#   --name <name>          display name people see at sign-in (default: KeyDesk)
#   --multi-tenant         sign-in audience AzureADMultipleOrgs and the organizations issuer
#   --secret-years <n>     lifetime of the client secret in years (default: 1)
#   --no-consent           skip admin consent (grant it later in the admin center)
#   --helpdesk             for the help-desk console (HELPDESK=true): also Device.Read.All and
#                          User.ReadBasic.All, and the directory roles in the ID token (`wids`)
#
# What it does: creates the app registration (platform Web, the redirect URI and the signed-out
# page https://<your host>/signed-out, where Microsoft's sign-out returns; the `login_hint` optional
# ID-token claim, which KeyDesk hands to that sign-out; delegated Microsoft Graph permissions openid, profile, email, offline_access, User.Read and BitlockerKey.Read.All —
# never application permissions), its service principal, tenant-wide admin consent and a client
# secret. It does not change the tenant setting "Restrict non-admin users from recovering the
# BitLocker key(s) for their owned devices"; it only reminds you that it must be No.
#
# UNTESTED: written against the Azure CLI documentation; the KeyDesk project could not run it
# against a real tenant (its test machines are offline). Read it before you run it, and check the
# result under App registrations in the Microsoft Entra admin center.
set -euo pipefail

GRAPH_APP_ID="00000003-0000-0000-c000-000000000000"
# Microsoft Graph delegated permission ids (oauth2PermissionScopes of the Microsoft Graph app).
OPENID="37f7f235-527c-4136-accd-4a02d197296e"
PROFILE="14dad69e-099b-42c9-810b-d002981feec1"
EMAIL="64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0"
OFFLINE_ACCESS="7427e0e9-2fba-42fe-b0c0-848c9e6a8182"
USER_READ="e1fe6dd8-ba31-4d61-89e7-88639da4683d"
BITLOCKERKEY_READ_ALL="b27a61ec-b99c-4d6a-b126-c4375d08ae30"
# Only with --helpdesk: the console finds a caller's PC and person with the agent's own token.
DEVICE_READ_ALL="951183d1-1a61-466f-a6d1-1fde911bfd95"
USER_READBASIC_ALL="b340eb25-3456-403f-be2f-af7a0d370277"

NAME="KeyDesk"
REDIRECT_URI=""
AUDIENCE="AzureADMyOrg"
SECRET_YEARS=1
CONSENT=1
HELPDESK=0

die() { echo "register-app: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --redirect-uri) REDIRECT_URI="${2:-}"; shift 2 ;;
    --name) NAME="${2:-}"; shift 2 ;;
    --multi-tenant) AUDIENCE="AzureADMultipleOrgs"; shift ;;
    --secret-years) SECRET_YEARS="${2:-}"; shift 2 ;;
    --no-consent) CONSENT=0; shift ;;
    --helpdesk) HELPDESK=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

[ -n "$REDIRECT_URI" ] || die "--redirect-uri is required, e.g. https://keys.contoso.com/api/auth/callback/microsoft-entra-id"
case "$REDIRECT_URI" in
  https://*/api/auth/callback/microsoft-entra-id | http://localhost*/api/auth/callback/microsoft-entra-id) ;;
  *) die "the redirect URI must be https://<host>/api/auth/callback/microsoft-entra-id (http only for localhost)" ;;
esac
# Microsoft's sign-out returns only to a registered redirect URI: KeyDesk's signed-out page.
SIGNED_OUT_URI="${REDIRECT_URI%/api/auth/callback/microsoft-entra-id}/signed-out"
# Entra's `login_hint` optional claim lets sign-out name the account (logout_hint) instead of asking.
OPTIONAL_CLAIMS='{"idToken":[{"name":"login_hint","essential":false}],"accessToken":[],"saml2Token":[]}'
[[ "$SECRET_YEARS" =~ ^[1-9][0-9]*$ ]] || die "--secret-years must be a whole number of years"
command -v az >/dev/null || die "the Azure CLI (az) is not installed: https://aka.ms/installazurecli"
TENANT_ID="$(az account show --query tenantId -o tsv)" || die "not signed in: run az login --tenant <tenant-id> first"

MANIFEST="$(mktemp)"
trap 'rm -f "$MANIFEST"' EXIT
cat >"$MANIFEST" <<JSON
[{
  "resourceAppId": "$GRAPH_APP_ID",
  "resourceAccess": [
    { "id": "$OPENID", "type": "Scope" },
    { "id": "$PROFILE", "type": "Scope" },
    { "id": "$EMAIL", "type": "Scope" },
    { "id": "$OFFLINE_ACCESS", "type": "Scope" },
    { "id": "$USER_READ", "type": "Scope" },
    { "id": "$BITLOCKERKEY_READ_ALL", "type": "Scope" }$([ "$HELPDESK" = 1 ] && printf ',\n    { "id": "%s", "type": "Scope" },\n    { "id": "%s", "type": "Scope" }' "$DEVICE_READ_ALL" "$USER_READBASIC_ALL")
  ]
}]
JSON

echo "Creating the app registration \"$NAME\" in tenant $TENANT_ID ($AUDIENCE)…"
APP_ID="$(az ad app create \
  --display-name "$NAME" \
  --sign-in-audience "$AUDIENCE" \
  --web-redirect-uris "$REDIRECT_URI" "$SIGNED_OUT_URI" \
  --optional-claims "$OPTIONAL_CLAIMS" \
  --enable-id-token-issuance false \
  --enable-access-token-issuance false \
  --required-resource-accesses "@$MANIFEST" \
  --query appId -o tsv)"

if [ "$HELPDESK" = 1 ]; then
  # The console lets in agents by their directory roles: Entra puts them in the ID token's `wids`
  # claim only when the app's groupMembershipClaims includes DirectoryRole.
  echo "Adding the directory roles (wids) to its ID tokens…"
  az ad app update --id "$APP_ID" --set groupMembershipClaims=DirectoryRole -o none
fi

echo "Creating its service principal (enterprise application)…"
az ad sp create --id "$APP_ID" -o none

if [ "$CONSENT" = 1 ]; then
  echo "Granting tenant-wide admin consent…"
  # A new service principal can take a moment to replicate; retry a few times.
  for attempt in 1 2 3 4 5 6; do
    if az ad app permission admin-consent --id "$APP_ID" -o none 2>/dev/null; then break; fi
    [ "$attempt" = 6 ] && die "admin consent failed; grant it under API permissions > Grant admin consent"
    sleep 10
  done
fi

echo "Creating a client secret valid for $SECRET_YEARS year(s)…"
SECRET="$(az ad app credential reset --id "$APP_ID" --display-name "KeyDesk" --years "$SECRET_YEARS" --query password -o tsv)"

# The login host and Graph host of the cloud az is signed in to (global, US Government, China).
LOGIN_HOST="$(az cloud show --query endpoints.activeDirectory -o tsv 2>/dev/null | sed 's:/*$::')"
GRAPH_HOST="$(az cloud show --query endpoints.microsoftGraphResourceId -o tsv 2>/dev/null | sed 's:/*$::')"
LOGIN_HOST="${LOGIN_HOST:-https://login.microsoftonline.com}"
GRAPH_HOST="${GRAPH_HOST:-https://graph.microsoft.com}"
if [ "$AUDIENCE" = "AzureADMultipleOrgs" ]; then ISSUER="$LOGIN_HOST/organizations/v2.0"; else ISSUER="$LOGIN_HOST/$TENANT_ID/v2.0"; fi

cat <<EOF

Done. Put these settings in KeyDesk's environment (the secret is shown only now; store it in your
secret store and note that it expires in $SECRET_YEARS year(s)):

AUTH_URL=${REDIRECT_URI%/api/auth/callback/microsoft-entra-id}
AUTH_MICROSOFT_ENTRA_ID_ID=$APP_ID
AUTH_MICROSOFT_ENTRA_ID_SECRET=$SECRET
AUTH_MICROSOFT_ENTRA_ID_ISSUER=$ISSUER
GRAPH_BASE_URL=$GRAPH_HOST
EOF
if [ "$AUDIENCE" = "AzureADMultipleOrgs" ]; then
  cat <<EOF
AUTH_ALLOWED_TENANTS=$TENANT_ID

Each further tenant's administrator consents once at
  $LOGIN_HOST/<their-tenant-id>/adminconsent?client_id=$APP_ID
and you add their tenant id to AUTH_ALLOWED_TENANTS.
EOF
fi
cat <<EOF

Also check, in the Entra admin center under Devices > Device settings, that "Restrict non-admin
users from recovering the BitLocker key(s) for their owned devices" is No, then run npm run doctor.
EOF
