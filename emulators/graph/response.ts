import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphHttpError } from "./errors";

/** The exact content type Graph sends on JSON responses. */
export const GRAPH_JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

export type RequestIds = { requestId: string; clientRequestId: string };

export type GraphResponse = {
  status: number;
  body: string;
  headers: Readonly<Record<string, string>>;
};

/** Graph echoes the caller's `client-request-id` and otherwise reuses its own request id. */
export function requestIdsFor(req: IncomingMessage): RequestIds {
  const requestId = randomUUID();
  const sent = req.headers["client-request-id"];
  const clientRequestId = typeof sent === "string" && sent.length > 0 && sent.length <= 200 ? sent : requestId;
  return { requestId, clientRequestId };
}

export function jsonResponse(status: number, payload: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status, body: JSON.stringify(payload), headers };
}

/** innerError.date in Graph has whole seconds and no zone designator. */
const graphErrorDate = () => new Date().toISOString().slice(0, 19);

export function errorResponse(error: GraphHttpError, ids: RequestIds): GraphResponse {
  return jsonResponse(
    error.status,
    {
      error: {
        code: error.code,
        message: error.message,
        innerError: { date: graphErrorDate(), "request-id": ids.requestId, "client-request-id": ids.clientRequestId },
      },
    },
    { ...error.headers },
  );
}

export function writeResponse(res: ServerResponse, response: GraphResponse, ids: RequestIds): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, {
    "content-type": GRAPH_JSON_CONTENT_TYPE,
    "odata-version": "4.0",
    "cache-control": "no-cache",
    "request-id": ids.requestId,
    "client-request-id": ids.clientRequestId,
    ...response.headers,
  });
  res.end(response.body);
}
