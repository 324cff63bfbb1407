import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { processGlobal } from "@/lib/process-global";

/** Statuses whose responses cannot carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);
/** Error codes of a kept-alive connection that the other side had already closed. */
const STALE_CONNECTION = new Set(["ECONNRESET", "EPIPE"]);

/**
 * Connections to Graph, kept open between calls and shared by every request of this process.
 * Idle connections are closed after 4 s, before Graph's front doors close them, so that a call is
 * seldom sent down a connection that is already gone.
 */
const agents = processGlobal("graph-agents", () => ({
  https: new HttpsAgent({ keepAlive: true, timeout: 4_000, scheduling: "lifo" }),
  http: new HttpAgent({ keepAlive: true, timeout: 4_000, scheduling: "lifo" }),
}));

type Answer = { status: number; statusText: string; headers: Headers; body: Uint8Array<ArrayBuffer> };

/**
 * The last link of the Graph client's middleware chain: sends the call over Node's own HTTP
 * client and hands back a Response whose body has been read in full.
 *
 * It replaces the client's `fetch`-based handler because, inside a Next.js server, `fetch` is
 * Next.js's wrapped version (request memoisation, the data cache, tracing) around undici's
 * streams, which cost several times more CPU per call than the call itself; Graph answers are small
 * JSON documents that nothing here streams or caches (docs/perf.md). The abort signal in the
 * context (the attempt's deadline, see retry-middleware.ts) covers the whole exchange.
 */
export class NodeHttpMessageHandler implements Middleware {
  async execute(context: Context): Promise<void> {
    const { request } = context;
    if (typeof request !== "string") throw new TypeError("Graph requests are built as URLs");
    const options = context.options ?? {};
    const url = new URL(request);
    const headers = plainHeaders(options.headers);
    const body = typeof options.body === "string" || options.body instanceof Uint8Array ? options.body : undefined;
    if (options.body != null && body === undefined) throw new TypeError("Graph request bodies are sent as text");
    const method = (options.method ?? "GET").toUpperCase();
    const send = () => exchange(url, { method, headers, body, signal: options.signal ?? undefined });
    let answer: Answer;
    try {
      answer = await send();
    } catch (error) {
      if (!(error instanceof StaleConnectionError)) throw error;
      // A kept-alive connection closed by the other side just before it was reused: nothing was
      // answered, so an idempotent call is sent once more on a new connection.
      if (method !== "GET" && method !== "HEAD") throw error.cause;
      answer = await send();
    }
    context.response = new ReadResponse(answer);
  }
}

const utf8 = new TextDecoder();

/**
 * A Response whose body was read in full before it was made. Its body methods read the bytes in
 * memory: a body-less Response plus these methods costs a fraction of undici building a web
 * stream over a buffer and reading it back, which was most of a small Graph call's CPU.
 */
class ReadResponse extends Response {
  readonly #answer: Answer;

  constructor(answer: Answer) {
    super(null, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
    this.#answer = NULL_BODY.has(answer.status) ? { ...answer, body: new Uint8Array(0) } : answer;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#answer.body.length ? new Blob([this.#answer.body]).stream() : null;
  }

  override async text(): Promise<string> {
    return utf8.decode(this.#answer.body);
  }

  override async json(): Promise<unknown> {
    return JSON.parse(utf8.decode(this.#answer.body));
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#answer.body.slice();
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#answer.body.slice().buffer;
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#answer.body], { type: this.headers.get("content-type") ?? "" });
  }

  override clone(): ReadResponse {
    return new ReadResponse(this.#answer);
  }
}

class StaleConnectionError extends Error {}

function exchange(
  url: URL,
  {
    method,
    headers,
    body,
    signal,
  }: { method: string; headers: OutgoingHttpHeaders; body?: string | Uint8Array; signal?: AbortSignal },
): Promise<Answer> {
  const https = url.protocol === "https:";
  if (!https && url.protocol !== "http:") return Promise.reject(new TypeError(`unsupported protocol ${url.protocol}`));
  return new Promise<Answer>((resolve, reject) => {
    const call = (https ? httpsRequest : httpRequest)(url, {
      method,
      headers,
      signal,
      agent: https ? agents.https : agents.http,
    });
    call.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        call.reusedSocket && STALE_CONNECTION.has(error.code ?? "")
          ? new StaleConnectionError(error.message, { cause: error })
          : error,
      );
    });
    call.once("response", (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.once("error", reject);
      response.once("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? "",
          headers: responseHeaders(response.rawHeaders),
          body: new Uint8Array(Buffer.concat(chunks)),
        }),
      );
    });
    call.end(body);
  });
}

function plainHeaders(headers: HeadersInit | undefined): OutgoingHttpHeaders {
  const plain: OutgoingHttpHeaders = {};
  if (!headers) return plain;
  const entries =
    headers instanceof Headers ? headers.entries() : Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of entries) plain[name.toLowerCase()] = value;
  return plain;
}

function responseHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}
