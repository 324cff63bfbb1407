import "server-only";
import { randomUUID } from "node:crypto";
import {
  AuthenticationHandler,
  type AuthenticationProvider,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
} from "@microsoft/microsoft-graph-client";
import type { z } from "zod";
import { withDeadline } from "@/lib/deadline";
import { env } from "@/lib/env";
import { toGraphFailure } from "./error-mapping";
import { GraphFailure } from "./errors";
import { AttemptDeadlineHandler, ClientHeadersHandler } from "./middleware";
import { callDeadlineMs, defaultRetryPolicy, retryOptionsFor, type RetryPolicy } from "./retry-policy";

const MAX_PAGES = 50;

export type GraphOptions = { baseUrl?: string; retry?: RetryPolicy };

/**
 * The one way KeyDesk talks to Microsoft Graph, for either caller, through the Graph client's own
 * middleware chain over Node's fetch (kept-alive connections):
 * token → client headers → retries (429/503/504, Retry-After, bounded) → attempt deadline → fetch.
 * Every failure becomes a GraphFailure carrying the call's client-request-id. A refused person's
 * token is "session-expired": renewing it is Auth.js's job, before the page runs. A refused
 * application (no token, or a missing permission) is "app-credential": only IT can fix that.
 */
export class GraphGateway {
  private readonly client: Client;
  private readonly base: string;
  private readonly retry: RetryPolicy;
  private readonly asApp: boolean;

  /**
   * `caller` is the signed-in person's delegated access token, or KeyDesk's application identity
   * (lib/graph/app-identity.ts): a provider that fetches and renews app tokens itself.
   */
  constructor(caller: string | AuthenticationProvider, options: GraphOptions = {}) {
    this.base = options.baseUrl ?? env().GRAPH_BASE_URL;
    this.retry = options.retry ?? defaultRetryPolicy;
    this.asApp = typeof caller !== "string";
    const auth = new AuthenticationHandler(
      typeof caller === "string" ? { getAccessToken: async () => caller } : caller,
    );
    const headers = new ClientHeadersHandler();
    const retry = new RetryHandler(new RetryHandlerOptions(this.retry.delaySeconds, this.retry.maxRetries));
    const deadline = new AttemptDeadlineHandler(this.retry.attemptTimeoutMs);
    auth.setNext(headers);
    headers.setNext(retry);
    retry.setNext(deadline);
    deadline.setNext(new HTTPMessageHandler());
    this.client = Client.initWithMiddleware({
      middleware: auth,
      baseUrl: `${this.base}/`,
      defaultVersion: "v1.0",
      // The client attaches the token only to Graph's own hosts and these (national clouds, emulator).
      customHosts: new Set([new URL(this.base).hostname]),
      // Answers carry recovery keys: never into Next.js's data cache.
      fetchOptions: { cache: "no-store" },
    });
  }

  /** GET one resource and parse it; `path` is relative to /v1.0. */
  async get<T extends z.ZodType>(path: string, schema: T, query: Record<string, string> = {}): Promise<z.infer<T>> {
    const answer = await this.request(path, query);
    return parse(schema, answer.body, path, answer.clientRequestId);
  }

  /** GET a collection, following @odata.nextLink to the end. */
  async list<T extends z.ZodType>(path: string, item: T, query: Record<string, string> = {}): Promise<z.infer<T>[]> {
    const items: z.infer<T>[] = [];
    let next: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = next ? await this.request(next, {}) : await this.request(path, query);
      const { value, nextLink } = parseCollection(answer.body, path, answer.clientRequestId);
      for (const raw of value) items.push(parse(item, raw, path, answer.clientRequestId));
      if (!nextLink) return items;
      if (!nextLink.startsWith(`${this.base}/`))
        throw new GraphFailure("bad-response", 200, null, "nextLink left the Graph host");
      next = nextLink;
    }
    throw new GraphFailure("bad-response", 200, null, `more than ${MAX_PAGES} pages`);
  }

  /** POST a read-only action (`checkMemberGroups`) and parse its answer. */
  async post<T extends z.ZodType>(path: string, payload: object, schema: T): Promise<z.infer<T>> {
    const answer = await this.request(path, {}, payload);
    return parse(schema, answer.body, path, answer.clientRequestId);
  }

  /**
   * POST an action that answers nothing (204), such as Intune's `rotateBitLockerKeys`, which Graph
   * offers only in its beta version.
   */
  async invoke(path: string, version: "v1.0" | "beta" = "v1.0"): Promise<void> {
    await this.request(path, {}, {}, version);
  }

  private async request(
    path: string,
    query: Record<string, string>,
    payload?: object,
    version: "v1.0" | "beta" = "v1.0",
  ) {
    const clientRequestId = randomUUID();
    try {
      const body = await withDeadline(callDeadlineMs(this.retry), async (signal) => {
        let request = this.client
          .api(path)
          .header("client-request-id", clientRequestId)
          .option("signal", signal)
          .middlewareOptions([retryOptionsFor(this.retry)]);
        if (version !== "v1.0") request = request.version(version);
        if (Object.keys(query).length) request = request.query(query);
        return (await (payload ? request.post(payload) : request.get())) as unknown;
      });
      return { body, clientRequestId };
    } catch (error) {
      const failure = toGraphFailure(error, clientRequestId);
      throw this.asApp ? asAppFailure(failure) : failure;
    }
  }
}

/** An application token refused (401) or lacking a role (403) is IT's to fix, not the person's. */
function asAppFailure(failure: GraphFailure): GraphFailure {
  if (failure.kind !== "session-expired" && failure.kind !== "forbidden") return failure;
  const trace = {
    code: failure.code,
    clientRequestId: failure.clientRequestId,
    graphRequestId: failure.graphRequestId,
  };
  return new GraphFailure("app-credential", failure.status, null, failure.message, trace);
}

function parse<T extends z.ZodType>(schema: T, body: unknown, path: string, clientRequestId: string): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const detail = `${path}: ${result.error.issues[0]?.message ?? "invalid"}`;
    throw new GraphFailure("bad-response", 200, null, detail, { clientRequestId });
  }
  return result.data;
}

function parseCollection(body: unknown, path: string, clientRequestId: string) {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { value?: unknown }).value)) {
    throw new GraphFailure("bad-response", 200, null, `${path}: not a collection`, { clientRequestId });
  }
  const nextLink = (body as { "@odata.nextLink"?: unknown })["@odata.nextLink"];
  return { value: (body as { value: unknown[] }).value, nextLink: typeof nextLink === "string" ? nextLink : null };
}
