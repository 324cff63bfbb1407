import { issuerKind, multiTenantAdvice } from "./issuer-format";
import {
  DEFAULT_TIMEOUT_MS,
  describeNetworkError,
  error,
  ok,
  warn,
  type CheckResult,
  type DoctorOptions,
} from "./types";

/** Tokens carry times checked against this server's clock; more drift than this is worth fixing. */
export const MAX_CLOCK_SKEW_MS = 2 * 60 * 1000;

/** The issuer the discovery document must name: the same string, or Entra's `{tenantid}` template. */
export function expectedIssuer(configured: string): string {
  const kind = issuerKind(configured);
  return kind === "organizations" || kind === "common"
    ? configured.replace(/\/(organizations|common)\/v2\.0$/, "/{tenantid}/v2.0")
    : configured;
}

export function checkClock(dateHeader: string | null, now: number, from: string): CheckResult {
  const id = "clock";
  const theirs = dateHeader ? Date.parse(dateHeader) : NaN;
  if (Number.isNaN(theirs))
    return warn(
      id,
      `Clock not compared: ${from} sent no Date header.`,
      "Make sure the server's clock is synchronised (NTP).",
    );
  const skew = now - theirs;
  const seconds = Math.round(Math.abs(skew) / 1000);
  if (Math.abs(skew) > MAX_CLOCK_SKEW_MS) {
    return warn(
      id,
      `This machine's clock is ${seconds} s ${skew > 0 ? "ahead of" : "behind"} ${from}. Sign-in tokens carry issue and expiry times that are checked against it.`,
      "Synchronise the clock with NTP (e.g. `timedatectl set-ntp true`, or the host's time service for containers).",
    );
  }
  return ok(id, `Clock agrees with ${from} (within ${Math.max(seconds, 1)} s).`);
}

/**
 * Fetches `<issuer>/.well-known/openid-configuration` as Auth.js does at sign-in, checks that the
 * issuer it names matches the configured one, and compares clocks using the response's Date.
 */
export async function checkDiscovery(issuer: string, options: DoctorOptions = {}): Promise<CheckResult[]> {
  const id = "issuer.discovery";
  const url = `${issuer}/.well-known/openid-configuration`;
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let response: Response;
  try {
    response = await doFetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      headers: { accept: "application/json" },
    });
  } catch (err) {
    return [
      error(
        id,
        `Issuer discovery ${url} is unreachable: ${describeNetworkError(err)}.`,
        "Allow outbound HTTPS (443) from KeyDesk to the login host (proxy, firewall, DNS). Behind a TLS-inspecting proxy, add its CA with NODE_EXTRA_CA_CERTS.",
      ),
    ];
  }
  const clock = checkClock(response.headers.get("date"), now(), new URL(url).host);
  const body = (await response.json().catch(() => null)) as { issuer?: unknown; error_description?: unknown } | null;
  if (!response.ok) {
    const reason =
      typeof body?.error_description === "string"
        ? body.error_description.split(/\r?\n/)[0]
        : `HTTP ${response.status}`;
    return [
      error(
        id,
        `Issuer discovery answered ${response.status}: ${reason}`,
        "Check the tenant id in AUTH_MICROSOFT_ENTRA_ID_ISSUER (Entra > Overview > Tenant ID).",
      ),
      clock,
    ];
  }
  if (typeof body?.issuer !== "string")
    return [
      error(
        id,
        `${url} is not an OpenID Connect discovery document.`,
        "Point AUTH_MICROSOFT_ENTRA_ID_ISSUER at the Entra issuer, …/<tenant-id>/v2.0.",
      ),
      clock,
    ];
  const expected = expectedIssuer(issuer);
  if (body.issuer !== expected) {
    const fix = body.issuer.includes("{tenantid}")
      ? multiTenantAdvice(issuer)
      : `Set AUTH_MICROSOFT_ENTRA_ID_ISSUER=${body.issuer}`;
    return [
      error(
        id,
        `Issuer mismatch: discovery names ${body.issuer}, but KeyDesk expects ${expected}. Sign-in would fail.`,
        fix,
      ),
      clock,
    ];
  }
  return [ok(id, `Issuer discovery answers and names ${body.issuer}.`), clock];
}
