import type { Seed } from "../seed/types";
import type { EmulatorState } from "../state";

export type AccessTokenClaims = {
  oid: string;
  tid: string;
  upn: string;
  /** Delegated scopes, e.g. ["User.Read", "BitlockerKey.Read.All"]; empty in app-only tokens. */
  scp: string[];
  /** "app" for app-only tokens (client credentials): `oid` is then the service principal. */
  idtyp?: "app" | "user";
  /** Application permissions of an app-only token. */
  roles?: string[];
};

export type GraphDeps = {
  seed: Seed;
  state: EmulatorState;
  /** Validates a bearer token (signature, expiry, audience). Returns null when invalid or expired. */
  verifyAccessToken: (token: string) => Promise<AccessTokenClaims | null>;
  /** Public base URL of this Graph host, e.g. "https://localhost:4012", for absolute @odata.nextLink values. */
  baseUrl: string;
};
