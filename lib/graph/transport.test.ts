import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Context } from "@microsoft/microsoft-graph-client";
import { afterEach, describe, expect, it } from "vitest";
import { NodeHttpMessageHandler } from "./transport";

type Handler = (req: IncomingMessage, res: ServerResponse, socket: Socket) => void;

let server: Server | null = null;
async function serve(handler: Handler): Promise<string> {
  server = createServer((req, res) => handler(req, res, req.socket));
  await new Promise<void>((listening) => server!.listen(0, "127.0.0.1", listening));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((closed) => server?.close(closed));
  server = null;
});

const send = async (request: string, options: Context["options"] = {}) => {
  const context: Context = { request, options };
  await new NodeHttpMessageHandler().execute(context);
  return context.response!;
};

describe("the Graph transport", () => {
  it("sends the method, headers and body, and hands back status, headers and the whole body", async () => {
    const base = await serve((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        res.setHeader("Set-Cookie", ["a=1", "b=2"]);
        res.setHeader("Content-Type", "application/json");
        res.writeHead(201, "Made").end(JSON.stringify({ method: req.method, agent: req.headers["user-agent"], body }));
      });
    });
    const response = await send(`${base}/v1.0/thing?x=1`, {
      method: "POST",
      headers: { "User-Agent": "KeyDesk-test" },
      body: "hello",
    });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Made");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await response.json()).toEqual({ method: "POST", agent: "KeyDesk-test", body: "hello" });
  });

  it("answers without a body for 204", async () => {
    const base = await serve((_req, res) => res.writeHead(204).end());
    const response = await send(`${base}/empty`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("hands the answer to every way of reading a body, and to a copy", async () => {
    const base = await serve((_req, res) =>
      res.setHeader("Content-Type", "application/json; charset=utf-8").end('\uFEFF{"name":"Jürgen\'s PC"}'),
    );
    const response = await send(`${base}/device`);
    const copy = response.clone();
    expect(await response.json()).toEqual({ name: "Jürgen's PC" });
    expect(await copy.text()).toBe('{"name":"Jürgen\'s PC"}');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toContain("Jürgen");
    expect((await response.blob()).type).toBe("application/json; charset=utf-8");
    expect(await new Response(response.body).text()).toContain("Jürgen");
  });

  it("lets a malformed JSON answer fail as a syntax error", async () => {
    const base = await serve((_req, res) => res.setHeader("Content-Type", "application/json").end('{"value": ['));
    await expect((await send(`${base}/broken`)).json()).rejects.toBeInstanceOf(SyntaxError);
  });

  /** A server that drops the connection, unanswered, when the given call arrives on it. */
  const dropping = (dropCall: number) => {
    const sockets = new Set<Socket>();
    let arrivals = 0;
    const handler: Handler = (_req, res, socket) => {
      sockets.add(socket);
      if (++arrivals === dropCall) return void socket.destroy();
      res.end(JSON.stringify({ arrivals }));
    };
    return { sockets, handler };
  };

  it("reuses its connection, and sends a GET again once when a kept-alive connection was closed under it", async () => {
    const { sockets, handler } = dropping(3);
    const base = await serve(handler);
    expect(await (await send(`${base}/a`)).json()).toEqual({ arrivals: 1 });
    expect(await (await send(`${base}/b`)).json()).toEqual({ arrivals: 2 });
    expect(sockets.size).toBe(1);
    expect(await (await send(`${base}/c`)).json()).toEqual({ arrivals: 4 });
    expect(sockets.size).toBe(2);
  });

  it("does not send anything but a GET twice", async () => {
    const { handler } = dropping(2);
    const base = await serve(handler);
    await send(`${base}/a`);
    await expect(send(`${base}/b`, { method: "POST", body: "{}" })).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  it("gives up when the attempt's deadline passes", async () => {
    const base = await serve(() => {
      /* never answers */
    });
    const deadline = new AbortController();
    setTimeout(() => deadline.abort(new DOMException("No answer within 50 ms", "TimeoutError")), 50);
    await expect(send(`${base}/slow`, { signal: deadline.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
