import { isIP } from "node:net";

/** Set by server-entry.mts from the TCP peer of every request, after deleting any incoming copy. */
export const PEER_HEADER = "x-keydesk-peer";

const address = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? "";
  return isIP(trimmed) ? trimmed : null;
};

/**
 * The client's address as far as the operator trusts the path to it (Express's "trust proxy"
 * with a hop count). With `trustedHops` 0 it is the connection's peer and X-Forwarded-For is
 * ignored, because anyone can send that header. With N proxies in front, each appending the
 * address it received from, the client is the N-th entry from the right; entries further left
 * were written by the client and prove nothing. A shorter header gives its leftmost entry, the
 * furthest address known. Anything that is not an IP address counts as unknown (null).
 */
export function trustedClientAddress(headers: Pick<Headers, "get">, trustedHops: number): string | null {
  const peer = headers.get(PEER_HEADER) ?? undefined;
  if (trustedHops <= 0) return address(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the peer (the last proxy), then each proxy's predecessor, right to left.
  const chain = [peer, ...forwarded.reverse()];
  return address(chain[Math.min(trustedHops, chain.length - 1)]);
}
