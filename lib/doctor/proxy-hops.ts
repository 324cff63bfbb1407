import { error, ok, value, warn, type CheckResult, type Source } from "./types";

const id = "proxy-hops";
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;
const HOW =
  "Set TRUSTED_PROXY_HOPS to the number of proxies that append the client address to X-Forwarded-For (usually 1: the load balancer or ingress), and let nothing reach KeyDesk except through them.";

/**
 * Which client address KeyDesk believes: it decides the per-address sign-in limit and `client.ip`
 * in audit events. Settings alone cannot show the network, so this explains the value and warns
 * where it is very likely wrong.
 */
export function checkProxyHops(source: Source): CheckResult {
  const raw = value(source, "TRUSTED_PROXY_HOPS") ?? "0";
  const hops = Number(raw);
  if (!/^\d+$/.test(raw) || hops > 10)
    return error(id, `TRUSTED_PROXY_HOPS (${raw}) is not a number of proxies from 0 to 10.`, HOW);
  const authUrl = value(source, "AUTH_URL");
  const publicHttps =
    !!authUrl &&
    URL.canParse(authUrl) &&
    new URL(authUrl).protocol === "https:" &&
    !LOOPBACK.test(new URL(authUrl).hostname);
  if (hops === 0 && publicHttps) {
    return warn(
      id,
      "TRUSTED_PROXY_HOPS is 0 (X-Forwarded-For is ignored; the client address is the connection's peer), but AUTH_URL is https and KeyDesk serves plain HTTP, so a TLS-terminating proxy is in front: every client then shares its address — one sign-in limit for everyone, and the proxy's address in every audit event.",
      HOW,
    );
  }
  if (hops === 0)
    return ok(id, "TRUSTED_PROXY_HOPS is 0: X-Forwarded-For is ignored; the client address is the connection's peer.");
  return ok(
    id,
    `TRUSTED_PROXY_HOPS is ${hops}: the client address is entry ${hops} from the right of X-Forwarded-For. Each of those ${hops} prox${hops === 1 ? "y" : "ies"} must append to the header, and clients must not be able to bypass ${hops === 1 ? "it" : "them"}; a larger number lets clients choose their address.`,
  );
}
