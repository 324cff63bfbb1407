/**
 * Graph error catalogue. Two families answer differently in real Graph: directory routes
 * (`/me`, devices) come from the Entra directory service (`Request_BadRequest`,
 * `Authorization_RequestDenied`), the BitLocker routes from their own service
 * (`authorization_error`, `NotFound` "Unsupported method or endpoint.").
 */
export type ErrorFamily = "directory" | "bitlocker";

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "GraphHttpError";
  }
}

/** What Graph sends with its 401s: the resource is Graph's own app id. */
const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

const unauthenticated = (message: string) =>
  new GraphHttpError(401, "InvalidAuthenticationToken", message, { "www-authenticate": WWW_AUTHENTICATE });

export const tokenEmpty = () => unauthenticated("Access token is empty.");
export const tokenInvalid = () => unauthenticated("Access token has expired or is not yet valid.");
/** A well-signed token for a tenant or user the directory does not know. */
export const tokenUnknownPrincipal = () => unauthenticated("Access token validation failure.");

export const userAgentMissing = () =>
  new GraphHttpError(400, "BadRequest", "Parameter (User-Agent) is required but missing from headers");

export function forbidden(family: ErrorFamily): GraphHttpError {
  return family === "bitlocker"
    ? new GraphHttpError(
        403,
        "authorization_error",
        "Failed to authorize, token doesn't have the required permissions.",
      )
    : new GraphHttpError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
}

export function badRequest(family: ErrorFamily, message: string): GraphHttpError {
  return new GraphHttpError(400, family === "bitlocker" ? "BadRequest" : "Request_BadRequest", message);
}

export const unsupportedQueryOption = (family: ErrorFamily, name: string) =>
  family === "bitlocker"
    ? new GraphHttpError(400, "BadRequest", `The query parameter '${name}' is not supported.`)
    : new GraphHttpError(400, "Request_UnsupportedQuery", `The query parameter '${name}' is not supported.`);

export const unknownSegment = (segment: string) =>
  new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${segment}'.`);

export const invalidVersion = (version: string) => new GraphHttpError(400, "BadRequest", `Invalid version: ${version}`);

/** Graph's answer to an app-only token on `/me`. */
export const delegatedOnly = () =>
  new GraphHttpError(400, "BadRequest", "/me request is only valid with delegated authentication flow.");

export const methodNotAllowed = () =>
  new GraphHttpError(405, "Request_BadRequest", "Specified HTTP method is not allowed for the request target.");

/** The BitLocker service's answer for paths and methods it does not serve. */
export const bitlockerEndpointNotFound = () => new GraphHttpError(404, "NotFound", "Unsupported method or endpoint.");

export const recoveryKeyNotFound = () =>
  new GraphHttpError(404, "NotFound", "The requested BitLocker recovery key was not found.");

export const invalidRecoveryKeyId = () =>
  new GraphHttpError(400, "BadRequest", "Invalid BitLocker recovery key id: it must be a GUID.");

export const generalException = () => new GraphHttpError(500, "generalException", "An unspecified error has occurred.");
