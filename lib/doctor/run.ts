import { readFileSync } from "node:fs";
import { mergeConfigFile } from "@/lib/env";
import { checkAppAccess } from "./app-access";
import { checkAuthUrl } from "./auth-url";
import { checkCloudMatch, checkGraphFormat, checkGraphReachable } from "./graph";
import { checkDiscovery } from "./issuer-discovery";
import { checkIssuerFormat } from "./issuer-format";
import { checkProxyHops } from "./proxy-hops";
import { checkRedis } from "./redis";
import { checkAuthSecret } from "./secret";
import { error, skip, value, type CheckResult, type DoctorOptions, type Source } from "./types";
import { checkVariables } from "./variables";

/** Which variable each specific check is about: its own, more precise line replaces the generic one. */
const SPECIFIC: Record<string, string> = {
  "issuer.format": "AUTH_MICROSOFT_ENTRA_ID_ISSUER",
  "auth-url": "AUTH_URL",
  "graph.format": "GRAPH_BASE_URL",
  "proxy-hops": "TRUSTED_PROXY_HOPS",
};

function withConfigFile(
  source: Source,
  readFile: (path: string) => string,
): { source: Source; problem: CheckResult | null } {
  try {
    return { source: mergeConfigFile(source, readFile), problem: null };
  } catch (err) {
    const text =
      err instanceof Error
        ? err.message
            .split("\n")
            .slice(1)
            .join(" ")
            .replace(/^\s*-\s*/, "")
        : String(err);
    return {
      source,
      problem: error(
        "variables.KEYDESK_CONFIG_FILE",
        text,
        "Point KEYDESK_CONFIG_FILE at a readable JSON file holding one object of settings, or unset it.",
      ),
    };
  }
}

/**
 * Every check, in the order an operator should fix things: settings first, then what the
 * settings point at. Network checks run only on values that passed their format check.
 */
export async function runDoctor(
  input: Source,
  options: DoctorOptions & { readFile?: (path: string) => string } = {},
): Promise<CheckResult[]> {
  const { source, problem } = withConfigFile(input, options.readFile ?? ((path) => readFileSync(path, "utf8")));
  const variables = problem ? { results: [problem] } : checkVariables(source);
  const issuerFormat = checkIssuerFormat(source);
  const graphFormat = checkGraphFormat(source);
  const specific = [...issuerFormat, checkAuthUrl(source), graphFormat, checkProxyHops(source)];
  const replaced = new Set(
    specific.filter((r) => r.status === "error").map((r) => `variables.${SPECIFIC[r.id] ?? ""}`),
  );

  const issuer = value(source, "AUTH_MICROSOFT_ENTRA_ID_ISSUER");
  const issuerUsable = !!issuer && issuerFormat.every((r) => r.status !== "error");
  const [discovery, graph, redis, app] = await Promise.all([
    issuerUsable
      ? checkDiscovery(issuer, options)
      : Promise.resolve([skip("issuer.discovery", "Issuer discovery not checked: fix the issuer first.")]),
    graphFormat.status === "error"
      ? Promise.resolve(skip("graph.reachable", "Graph not contacted: fix GRAPH_BASE_URL first."))
      : checkGraphReachable(source, options),
    checkRedis(source, options),
    // Brokered mode only: an application token, and each permission the rule needs.
    checkAppAccess("env" in variables ? variables.env : null),
  ]);

  return [
    ...variables.results.filter((r) => !replaced.has(r.id)),
    ...specific,
    checkAuthSecret(source),
    checkCloudMatch(source),
    ...discovery,
    graph,
    ...app,
    redis,
  ];
}

export function exitCode(results: readonly CheckResult[]): number {
  return results.some((r) => r.status === "error") ? 1 : 0;
}
