/**
 * Run-time state shared by the Entra and Graph emulators: recorded Graph calls,
 * injected faults and tunables. Tests change it through the control API
 * (`/_emulator/*` on the browser-facing Entra port), never through the portal.
 */
export type RecordedCall = {
  at: string;
  method: string;
  path: string;
  /** Raw query string without the leading `?` (e.g. `$select=key`). */
  query: string;
  /** `oid` of the caller when the bearer token was valid, else null. */
  userId: string | null;
  userPrincipalName: string | null;
  /** Lower-case names of the request headers that were present. */
  headers: string[];
  /** The caller's `client-request-id` (or Graph's own id when none was sent), and the `request-id` answered. */
  clientRequestId: string;
  requestId: string;
  status: number;
};

export type RecordedGrant = {
  at: string;
  grantType: string;
  accountId: string | null;
  status: number;
  /** OAuth `error` of a refused request. */
  error?: string;
  /** Fingerprints (not the tokens) of the refresh token presented and of the one issued. */
  refreshTokenPresented?: string;
  refreshTokenIssued?: string;
};

/** A completed sign-out at the end-session endpoint. */
export type RecordedSignOut = { at: string; accountId: string | null };

/** Token-endpoint errors Entra answers a refresh with (see EmulatorConfig.refreshErrors). */
export type RefreshError = "invalid_grant" | "interaction_required" | "temporarily_unavailable";

export type FaultKind = "status" | "malformed" | "timeout" | "latency";

export type Fault = {
  id: string;
  kind: FaultKind;
  /** Which Graph calls it applies to; every given field must match. */
  match: {
    userPrincipalName?: string;
    /** Matches when the request path starts with this (e.g. `/v1.0/me/ownedDevices`). */
    pathPrefix?: string;
    /** Matches when the raw query string contains this (e.g. `$select=key`). */
    queryIncludes?: string;
  };
  /** For kind "status": HTTP status to answer (429, 500, 503, 504, 403 …). */
  status?: number;
  /** Graph error code for kind "status" (defaults by status). */
  code?: string;
  /** Seconds for the Retry-After header (429/503). */
  retryAfter?: number;
  /** For kind "latency": extra delay in ms. */
  latencyMs?: number;
  /** How many more calls it applies to; undefined = until removed. */
  remaining?: number;
};

export type EmulatorConfig = {
  /** Added before every Graph response, in ms. */
  graphLatencyMs: number;
  /** Lifetime of access tokens in seconds (Entra default is 60–90 minutes). */
  accessTokenTtlSeconds: number;
  /** Page size of collection responses (Graph pages at 100 for most lists). */
  pageSize: number;
  /** When true, the token endpoint answers 503 (Entra outage during refresh). */
  tokenEndpointDown: boolean;
  /** When true, OpenID discovery documents answer 503 (Entra unreachable at sign-in). */
  discoveryDown: boolean;
  /** Errors for the next refresh-token requests, one each, in order (then they succeed again). */
  refreshErrors: RefreshError[];
  /** How long after `rotateBitLockerKeys` the device's new recovery key appears, in ms. */
  rotationDelayMs: number;
  /**
   * How long ago the browser's Entra session was authenticated: sign-ins that reuse it (no
   * `prompt=login`) carry an `auth_time` this many seconds in the past. 0: credentials just now.
   */
  ssoSessionAgeSeconds: number;
};

/** Tokens the emulated Entra issued, so tests can prove they never leak into pages or logs. */
export type IssuedToken = { accountId: string; kind: "access_token" | "refresh_token" | "id_token"; value: string };

export const defaultConfig = (): EmulatorConfig => ({
  graphLatencyMs: Number(process.env.EMULATOR_GRAPH_LATENCY_MS ?? 0),
  accessTokenTtlSeconds: Number(process.env.EMULATOR_ACCESS_TOKEN_TTL ?? 3600),
  pageSize: Number(process.env.EMULATOR_PAGE_SIZE ?? 5),
  tokenEndpointDown: false,
  discoveryDown: false,
  refreshErrors: [],
  rotationDelayMs: Number(process.env.EMULATOR_ROTATION_DELAY_MS ?? 3000),
  ssoSessionAgeSeconds: 0,
});

const MAX_CALLS = 5000;

export class EmulatorState {
  config: EmulatorConfig = defaultConfig();
  calls: RecordedCall[] = [];
  /** Token-endpoint requests (authorization_code, refresh_token), to see refreshes happen. */
  grants: RecordedGrant[] = [];
  issuedTokens: IssuedToken[] = [];
  signOuts: RecordedSignOut[] = [];
  faults: Fault[] = [];
  /** Tenants whose self-service switch was flipped at run time (tenant id → allowed). */
  selfServiceOverrides = new Map<string, boolean>();
  /** Application permissions re-consented at run time (tenant id → roles of KeyDesk's service principal). */
  appRoleOverrides = new Map<string, string[]>();
  /** Directory roles assigned or removed at run time (user id → role template ids). */
  directoryRoleOverrides = new Map<string, string[]>();
  /** Undoes what ran after `rotateBitLockerKeys` (timers, added keys) when the state is reset. */
  readonly resetHooks = new Set<() => void>();
  private nextFaultId = 1;

  record(call: RecordedCall): void {
    this.calls.push(call);
    if (this.calls.length > MAX_CALLS) this.calls.splice(0, this.calls.length - MAX_CALLS);
  }

  addFault(fault: Omit<Fault, "id">): Fault {
    const created = { ...fault, id: String(this.nextFaultId++) };
    this.faults.push(created);
    return created;
  }

  /** Returns the faults that apply to this call and uses up one of each limited fault. */
  takeFaults(call: { path: string; query: string; userPrincipalName: string | null }): Fault[] {
    const hits = this.faults.filter((fault) => {
      const { userPrincipalName, pathPrefix, queryIncludes } = fault.match;
      if (userPrincipalName && userPrincipalName.toLowerCase() !== call.userPrincipalName?.toLowerCase()) return false;
      if (pathPrefix && !call.path.startsWith(pathPrefix)) return false;
      if (queryIncludes && !decodeURIComponent(call.query).includes(queryIncludes)) return false;
      return true;
    });
    for (const fault of hits) {
      if (fault.remaining === undefined) continue;
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return hits;
  }

  reset(): void {
    this.config = defaultConfig();
    this.calls = [];
    this.grants = [];
    this.issuedTokens = [];
    this.signOuts = [];
    this.faults = [];
    this.selfServiceOverrides.clear();
    this.appRoleOverrides.clear();
    this.directoryRoleOverrides.clear();
    for (const hook of this.resetHooks) hook();
  }
}
