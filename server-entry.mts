/**
 * KeyDesk's server entry: starts Next.js's server after preparing every request it will see.
 *
 *   node server-entry.mts server.js                                (standalone output, container image)
 *   node server-entry.mts node_modules/next/dist/bin/next start    (npm start)
 *
 * Next.js hands app code the request headers but not the TCP peer's address, which is the only
 * client address nobody can forge. So, before Next.js sees a request, this entry
 *  - deletes every incoming copy of `x-keydesk-peer` and sets it from the socket's peer address
 *    (lib/net/client-address.ts reads it; TRUSTED_PROXY_HOPS decides how far X-Forwarded-For counts);
 *  - escapes a path segment whose percent-encoding cannot be decoded (`/keys/%zz`, `/devices/%c0%ae`)
 *    as literal text (`%25zz`): Next.js otherwise fails such a path on a dynamic route with a bare
 *    500 before any page, header or log of ours runs; now the route sees the text and answers 404.
 * It wraps the request listener of every HTTP(S) server the process creates, which is how
 * Next.js's standalone server and `next start` both serve.
 */
import http, { type IncomingMessage, type RequestListener } from "node:http";
import https from "node:https";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const PEER_HEADER = "x-keydesk-peer";

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is written as 203.0.113.7. */
export function peerAddress(remote: string | undefined): string | undefined {
  return remote?.startsWith("::ffff:") && remote.includes(".") ? remote.slice(7) : remote;
}

const decodable = (segment: string) => {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
};

/** The same path, with undecodable segments' `%` written as `%25`; the query is left as it is. */
export function repairPath(url: string): string {
  if (!url.startsWith("/") || !url.includes("%")) return url;
  const queryAt = url.search(/[?#]/);
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const rest = queryAt === -1 ? "" : url.slice(queryAt);
  const repaired = path
    .split("/")
    .map((segment) => (decodable(segment) ? segment : segment.replaceAll("%", "%25")))
    .join("/");
  return repaired + rest;
}

/** rawHeaders is name, value, name, value…: drops every pair whose name is `name`. */
function withoutHeader(raw: readonly string[], name: string): string[] {
  const kept: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i]?.toLowerCase() !== name) kept.push(raw[i] ?? "", raw[i + 1] ?? "");
  }
  return kept;
}

export function prepareRequest(req: IncomingMessage): void {
  const headers = req.headers;
  delete headers[PEER_HEADER];
  req.rawHeaders = withoutHeader(req.rawHeaders, PEER_HEADER);
  const peer = peerAddress(req.socket.remoteAddress);
  if (peer) {
    headers[PEER_HEADER] = peer;
    req.rawHeaders.push(PEER_HEADER, peer);
  }
  if (req.url) req.url = repairPath(req.url);
}

function wrapListener(listener: RequestListener): RequestListener {
  return (req, res) => {
    prepareRequest(req);
    listener(req, res);
  };
}

/** Wraps the request listener passed to createServer (Next.js passes it there, never later). */
export function installRequestPreparation(): void {
  for (const protocol of [http, https] as const) {
    const original = protocol.createServer.bind(protocol) as (...args: unknown[]) => http.Server;
    (protocol as { createServer: unknown }).createServer = (...args: unknown[]) =>
      original(...args.map((arg) => (typeof arg === "function" ? wrapListener(arg as RequestListener) : arg)));
  }
}

const startedAsEntry = !!process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (startedAsEntry) {
  const target = process.argv[2] ?? "server.js";
  installRequestPreparation();
  // The server sees the arguments it would have had if started directly (`next start` reads them).
  process.argv.splice(1, 1);
  await import(pathToFileURL(resolve(target)).href);
}
