import {
  DEFAULT_TIMEOUT_MS,
  describeNetworkError,
  error,
  ok,
  skip,
  value,
  warn,
  type CheckResult,
  type DoctorOptions,
  type Source,
} from "./types";

/** Entra login hosts and the Graph hosts of the same cloud. */
const CLOUDS: { login: string[]; graph: string[]; name: string }[] = [
  { name: "global", login: ["login.microsoftonline.com"], graph: ["graph.microsoft.com"] },
  {
    name: "US Government",
    login: ["login.microsoftonline.us"],
    graph: ["graph.microsoft.us", "dod-graph.microsoft.us"],
  },
  {
    name: "China (21Vianet)",
    login: ["login.chinacloudapi.cn", "login.partner.microsoftonline.cn"],
    graph: ["microsoftgraph.chinacloudapi.cn"],
  },
];

/** GRAPH_BASE_URL as lib/env.ts reads it: the default when unset, without trailing slashes. */
export function graphBaseUrl(source: Source): string {
  return (value(source, "GRAPH_BASE_URL") ?? "https://graph.microsoft.com").replace(/\/+$/, "");
}

export function checkGraphFormat(source: Source): CheckResult {
  const id = "graph.format";
  const base = graphBaseUrl(source);
  if (!URL.canParse(base))
    return error(
      id,
      `GRAPH_BASE_URL (${base}) is not a URL.`,
      "Use https://graph.microsoft.com or your national cloud's Graph host.",
    );
  const url = new URL(base);
  if (url.protocol !== "https:")
    return error(
      id,
      `GRAPH_BASE_URL uses ${url.protocol}; the Graph client drops the access token on anything but https.`,
      `Use https://${url.host}.`,
    );
  if (url.pathname !== "/")
    return error(
      id,
      `GRAPH_BASE_URL has a path (${url.pathname}); KeyDesk appends /v1.0 itself.`,
      `Use ${url.origin}.`,
    );
  return ok(id, `GRAPH_BASE_URL is ${url.origin}.`);
}

/** The issuer's cloud and Graph's cloud must be the same, or Graph rejects the tokens. */
export function checkCloudMatch(source: Source): CheckResult {
  const id = "graph.cloud";
  const issuer = value(source, "AUTH_MICROSOFT_ENTRA_ID_ISSUER");
  const base = graphBaseUrl(source);
  if (!issuer || !URL.canParse(issuer) || !URL.canParse(base))
    return skip(id, "Cloud not compared: issuer or Graph URL unusable.");
  const loginHost = new URL(issuer).hostname;
  const graphHost = new URL(base).hostname;
  const loginCloud = CLOUDS.find((c) => c.login.includes(loginHost));
  const graphCloud = CLOUDS.find((c) => c.graph.includes(graphHost));
  if (!loginCloud || !graphCloud) return skip(id, "Cloud not compared: not a Microsoft host.");
  if (loginCloud !== graphCloud) {
    return error(
      id,
      `The issuer is in the ${loginCloud.name} cloud but GRAPH_BASE_URL is in the ${graphCloud.name} cloud.`,
      `Set GRAPH_BASE_URL=https://${loginCloud.graph[0]}.`,
    );
  }
  return ok(id, `Issuer and Graph are both in the ${loginCloud.name} cloud.`);
}

/**
 * An unauthenticated `GET /v1.0/me` must be refused with 401 InvalidAuthenticationToken: that
 * proves the host is reachable and speaks Graph, without any credential.
 */
export async function checkGraphReachable(source: Source, options: DoctorOptions = {}): Promise<CheckResult> {
  const id = "graph.reachable";
  const url = `${graphBaseUrl(source)}/v1.0/me`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      headers: { accept: "application/json", "user-agent": "KeyDesk-doctor" },
    });
  } catch (err) {
    return error(
      id,
      `Microsoft Graph ${url} is unreachable: ${describeNetworkError(err)}.`,
      "Allow outbound HTTPS (443) from KeyDesk to the Graph host; check DNS and proxy settings.",
    );
  }
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
  const code = body?.error?.code;
  if (response.status === 401 && code === "InvalidAuthenticationToken")
    return ok(id, `Microsoft Graph answers at ${new URL(url).origin} (401 without a token, as expected).`);
  if (response.status === 401)
    return warn(
      id,
      `${url} answered 401 but not with Graph's error body.`,
      "Check that GRAPH_BASE_URL is the Graph host and not a proxy or another API.",
    );
  return error(
    id,
    `${url} answered ${response.status}${typeof code === "string" ? ` (${code})` : ""}, not like Microsoft Graph.`,
    "Set GRAPH_BASE_URL to the Graph host, e.g. https://graph.microsoft.com.",
  );
}
