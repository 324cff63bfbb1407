import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_CLOSED_REQUEST } from "./handler";
import { type GraphErrorBody, type GraphTestServer, startGraphTestServer } from "./testing/graph-test-server";

const KEYS = "/v1.0/informationProtection/bitlocker/recoveryKeys";

let graph: GraphTestServer;
beforeAll(async () => {
  graph = await startGraphTestServer();
});
afterAll(() => graph.close());
afterEach(() => {
  graph.state.faults = [];
  graph.state.calls = [];
  graph.state.config.graphLatencyMs = 0;
});

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe("status faults", () => {
  it("429: TooManyRequests with Retry-After (default 1)", async () => {
    graph.state.addFault({ kind: "status", status: 429, match: { pathPrefix: KEYS } });
    const res = await graph.request(KEYS);
    expect(res.status).toBe(429);
    expect(res.headers["retry-after"]).toBe("1");
    expect(res.json<GraphErrorBody>().error.code).toBe("TooManyRequests");
    expect(res.json<GraphErrorBody>().error.innerError["request-id"]).toBeTruthy();
  });

  it("429 with retryAfter and a custom code", async () => {
    graph.state.addFault({ kind: "status", status: 429, retryAfter: 7, code: "activityLimitReached", match: {} });
    const res = await graph.request("/v1.0/me");
    expect(res.headers["retry-after"]).toBe("7");
    expect(res.json<GraphErrorBody>().error.code).toBe("activityLimitReached");
  });

  it("503 serviceNotAvailable, Retry-After only when given", async () => {
    graph.state.addFault({ kind: "status", status: 503, match: {}, remaining: 1 });
    const plain = await graph.request("/v1.0/me");
    expect(plain.status).toBe(503);
    expect(plain.headers["retry-after"]).toBeUndefined();
    expect(plain.json<GraphErrorBody>().error.code).toBe("serviceNotAvailable");
    graph.state.addFault({ kind: "status", status: 503, retryAfter: 3, match: {}, remaining: 1 });
    expect((await graph.request("/v1.0/me")).headers["retry-after"]).toBe("3");
  });

  it.each([
    [504, "gatewayTimeout"],
    [500, "generalException"],
    [418, "BadRequest"],
    [403, "authorization_error"],
  ])("%i answers %s", async (status, code) => {
    graph.state.addFault({ kind: "status", status, match: { pathPrefix: KEYS } });
    const res = await graph.request(KEYS);
    expect(res.status).toBe(status);
    expect(res.json<GraphErrorBody>().error.code).toBe(code);
  });

  it("401 keeps WWW-Authenticate so clients refresh", async () => {
    graph.state.addFault({ kind: "status", status: 401, match: {} });
    const res = await graph.request("/v1.0/me");
    expect(res.status).toBe(401);
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer /);
  });

  it("matches on user, path and query, and runs out after `remaining` calls", async () => {
    graph.state.addFault({
      kind: "status",
      status: 500,
      remaining: 1,
      match: { userPrincipalName: "ALICE@contoso.test", pathPrefix: KEYS, queryIncludes: "$select=key" },
    });
    expect((await graph.request(KEYS, { token: "bob" })).status).toBe(200);
    expect((await graph.request(`${KEYS}/00000000-0000-4000-8000-000000000001`)).status).toBe(200);
    expect((await graph.request(`${KEYS}/00000000-0000-4000-8000-000000000001?$select=key`)).status).toBe(500);
    expect((await graph.request(`${KEYS}/00000000-0000-4000-8000-000000000001?$select=key`)).status).toBe(200);
  });

  it("applies to calls with an invalid token too (user null)", async () => {
    graph.state.addFault({ kind: "status", status: 503, match: { pathPrefix: "/v1.0/me" } });
    expect((await graph.request("/v1.0/me", { token: "expired" })).status).toBe(503);
  });
});

describe("malformed", () => {
  it("answers 200 with JSON that does not parse", async () => {
    graph.state.addFault({ kind: "malformed", match: { pathPrefix: "/v1.0/me/ownedDevices" } });
    const res = await graph.request("/v1.0/me/ownedDevices");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(() => res.json()).toThrow();
  });
});

describe("latency", () => {
  it("latency faults and config.graphLatencyMs add up", async () => {
    graph.state.config.graphLatencyMs = 60;
    graph.state.addFault({ kind: "latency", latencyMs: 90, match: {} });
    const { result, ms } = await timed(() => graph.request("/v1.0/me"));
    expect(result.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(140);
  });

  it("combines with a status fault", async () => {
    graph.state.addFault({ kind: "latency", latencyMs: 80, match: {} });
    graph.state.addFault({ kind: "status", status: 504, match: {} });
    const { result, ms } = await timed(() => graph.request("/v1.0/me"));
    expect(result.status).toBe(504);
    expect(ms).toBeGreaterThanOrEqual(70);
  });
});

describe("timeout", () => {
  it("holds the response, and cleans up when the client gives up", async () => {
    graph.state.addFault({ kind: "timeout", match: { pathPrefix: KEYS } });
    const controller = new AbortController();
    const pending = graph.request(KEYS, { signal: controller.signal });
    const outcome = await Promise.race([
      pending.then(
        () => "answered",
        () => "failed",
      ),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 400)),
    ]);
    expect(outcome).toBe("still waiting");
    controller.abort();
    await expect(pending).rejects.toThrow();
    await expect.poll(() => graph.state.calls.map((call) => call.status)).toEqual([CLIENT_CLOSED_REQUEST]);
    // The server is free again for the next caller.
    graph.state.faults = [];
    expect((await graph.request(KEYS)).status).toBe(200);
  });

  it("a client leaving during injected latency is recorded and not answered", async () => {
    graph.state.addFault({ kind: "latency", latencyMs: 5_000, match: {} });
    const controller = new AbortController();
    const pending = graph.request("/v1.0/me", { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
    await expect.poll(() => graph.state.calls.map((call) => call.status)).toEqual([CLIENT_CLOSED_REQUEST]);
  });
});
