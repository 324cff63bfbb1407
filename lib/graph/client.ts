import "server-only";
import {
  AuthenticationHandler,
  Client,
  GraphError,
  type Context,
  type Middleware,
} from "@microsoft/microsoft-graph-client";
import type { z } from "zod";
import { env } from "@/lib/env";
import { GraphFailure, kindForStatus, parseRetryAfter } from "./errors";
import { BoundedRetryMiddleware, type RetryPolicy } from "./retry-middleware";
import { NodeHttpMessageHandler } from "./transport";

export const USER_AGENT = "KeyDesk/0.1 (BitLocker recovery self-service)";
const MAX_PAGES = 50;

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 3,
  budgetMs: 8_000,
  attemptTimeoutMs: 10_000,
  baseDelayMs: 400,
};

/** Graph's BitLocker API answers 400 without a User-Agent, so every call carries ours. */
class UserAgentMiddleware implements Middleware {
  private next?: Middleware;
  setNext(next: Middleware) {
    this.next = next;
  }
  async execute(context: Context) {
    const headers = new Headers(context.options?.headers);
    headers.set("User-Agent", USER_AGENT);
    headers.set("ocp-client-name", "KeyDesk");
    context.options = { ...context.options, headers: Object.fromEntries(headers) };
    await this.next?.execute(context);
  }
}

export type GraphOptions = {
  baseUrl?: string;
  retry?: RetryPolicy;
  /** Asked once for a new access token when Graph answers 401; null gives up. */
  renewAccessToken?: () => Promise<string | null>;
};

/**
 * The one way KeyDesk talks to Microsoft Graph: the signed-in user's delegated token, our
 * User-Agent, bounded retries, and errors mapped to GraphFailure.
 */
export class GraphGateway {
  private readonly client: Client;
  private readonly base: string;
  private accessToken: string;
  private renewal: Promise<string | null> | null = null;

  constructor(
    accessToken: string,
    private readonly options: GraphOptions = {},
  ) {
    this.accessToken = accessToken;
    this.base = options.baseUrl ?? env().GRAPH_BASE_URL;
    const auth = new AuthenticationHandler({ getAccessToken: async () => this.accessToken });
    const userAgent = new UserAgentMiddleware();
    const retry = new BoundedRetryMiddleware(options.retry ?? defaultRetryPolicy);
    auth.setNext(userAgent);
    userAgent.setNext(retry);
    retry.setNext(new NodeHttpMessageHandler());
    this.client = Client.initWithMiddleware({
      middleware: auth,
      baseUrl: `${this.base}/`,
      defaultVersion: "v1.0",
      // The client only attaches the token to Graph's own hosts and these (national clouds, emulator).
      customHosts: new Set([new URL(this.base).hostname]),
    });
  }

  /** GET one resource and parse it; `path` is relative to /v1.0. */
  async get<T extends z.ZodType>(path: string, schema: T, query: Record<string, string> = {}): Promise<z.infer<T>> {
    const body = await this.request(path, query);
    return parse(schema, body, path);
  }

  /** GET a collection, following @odata.nextLink to the end. */
  async list<T extends z.ZodType>(path: string, item: T, query: Record<string, string> = {}): Promise<z.infer<T>[]> {
    const items: z.infer<T>[] = [];
    let next: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = next ? await this.request(next, {}) : await this.request(path, query);
      const { value, nextLink } = parseCollection(body, path);
      for (const raw of value) items.push(parse(item, raw, path));
      if (!nextLink) return items;
      if (!nextLink.startsWith(`${this.base}/`))
        throw new GraphFailure("bad-response", 200, null, "nextLink left the Graph host");
      next = nextLink;
    }
    throw new GraphFailure("bad-response", 200, null, `more than ${MAX_PAGES} pages`);
  }

  private async request(path: string, query: Record<string, string>): Promise<unknown> {
    try {
      return await this.send(path, query);
    } catch (error) {
      const failure = toGraphFailure(error);
      // An access token can be revoked before it expires: renew it once, then give up.
      if (failure.kind !== "session-expired" || !this.options.renewAccessToken) throw failure;
      this.renewal ??= this.options.renewAccessToken();
      const renewed = await this.renewal;
      if (!renewed || renewed === this.accessToken) throw failure;
      this.accessToken = renewed;
      try {
        return await this.send(path, query);
      } catch (retryError) {
        throw toGraphFailure(retryError);
      }
    }
  }

  private async send(path: string, query: Record<string, string>): Promise<unknown> {
    let request = this.client.api(path);
    if (Object.keys(query).length) request = request.query(query);
    return (await request.get()) as unknown;
  }
}

function toGraphFailure(error: unknown): GraphFailure {
  if (error instanceof GraphFailure) return error;
  if (error instanceof GraphError) {
    // A 2xx that still failed means the body could not be parsed.
    if (error.statusCode >= 200 && error.statusCode < 300)
      return new GraphFailure("bad-response", error.statusCode, null, error.message);
    if (error.statusCode > 0) {
      return new GraphFailure(
        kindForStatus(error.statusCode),
        error.statusCode,
        parseRetryAfter(error.headers?.get("retry-after")),
        error.code ?? undefined,
      );
    }
    if (/timeout|abort/i.test(`${error.code} ${error.message}`)) return new GraphFailure("timeout", null);
    if (/json|unexpected token|unexpected end/i.test(error.message))
      return new GraphFailure("bad-response", null, null, error.message);
    return new GraphFailure("unavailable", null, null, error.message);
  }
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return new GraphFailure("timeout", null);
  if (error instanceof SyntaxError) return new GraphFailure("bad-response", null, null, error.message);
  return new GraphFailure("unavailable", null, null, error instanceof Error ? error.message : String(error));
}

function parse<T extends z.ZodType>(schema: T, body: unknown, path: string): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success)
    throw new GraphFailure("bad-response", 200, null, `${path}: ${result.error.issues[0]?.message ?? "invalid"}`);
  return result.data;
}

function parseCollection(body: unknown, path: string): { value: unknown[]; nextLink: string | null } {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { value?: unknown }).value)) {
    throw new GraphFailure("bad-response", 200, null, `${path}: not a collection`);
  }
  const nextLink = (body as { "@odata.nextLink"?: unknown })["@odata.nextLink"];
  return { value: (body as { value: unknown[] }).value, nextLink: typeof nextLink === "string" ? nextLink : null };
}
