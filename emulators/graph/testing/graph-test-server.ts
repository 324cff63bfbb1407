import http from "node:http";
import type { AddressInfo } from "node:net";
import { EmulatorState } from "../../state";
import { createGraphHandler } from "../handler";
import type { AccessTokenClaims } from "../types";
import { TOKENS, buildSeed } from "./seed-fixture";

export type TestResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** Parsed body; throws on the malformed fault, which is the point of that fault. */
  json: <T = Record<string, unknown>>() => T;
};

export type RequestOptions = {
  /** Bearer token; null sends no Authorization header. */
  token?: string | null;
  /** null sends no User-Agent at all (node:http adds none by itself). */
  userAgent?: string | null;
  method?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export type GraphTestServer = {
  origin: string;
  /** The public base URL handed to the handler, as the HTTPS wrapper would. */
  baseUrl: string;
  state: EmulatorState;
  request: (pathOrUrl: string, options?: RequestOptions) => Promise<TestResponse>;
  close: () => Promise<void>;
};

export async function startGraphTestServer(): Promise<GraphTestServer> {
  const state = new EmulatorState();
  state.config.graphLatencyMs = 0;
  state.config.pageSize = 3;
  const verifyAccessToken = (token: string): Promise<AccessTokenClaims | null> =>
    Promise.resolve(TOKENS[token] ?? null);
  // Plain HTTP in tests; nextLinks still point at this origin so they can be followed.
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const handler = createGraphHandler({ seed: buildSeed(), state, verifyAccessToken, baseUrl: origin });
  server.on("request", (req, res) => void handler(req, res));

  const request = (pathOrUrl: string, options: RequestOptions = {}) =>
    new Promise<TestResponse>((resolve, reject) => {
      const headers: Record<string, string> = { ...options.headers };
      const token = options.token === undefined ? "alice" : options.token;
      if (token !== null) headers.authorization = `Bearer ${token}`;
      const userAgent = options.userAgent === undefined ? "KeyDesk-test/1.0" : options.userAgent;
      if (userAgent !== null) headers["user-agent"] = userAgent;
      const url = new URL(pathOrUrl, origin);
      const req = http.request(url, { method: options.method ?? "GET", headers, signal: options.signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
        });
      });
      req.on("error", reject);
      req.end();
    });

  return {
    origin,
    baseUrl: origin,
    state,
    request,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type GraphErrorBody = {
  error: {
    code: string;
    message: string;
    innerError: { date: string; "request-id": string; "client-request-id": string };
  };
};

export type Collection<T = Record<string, unknown>> = {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  value: T[];
};
