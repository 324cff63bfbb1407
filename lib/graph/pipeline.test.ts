import { describe, expect, it } from "vitest";
import { FAST_RETRY, failureOf, graphEmulatorSuite } from "@/test/graph";
import { GraphGateway } from "./client";
import { CLIENT_NAME, CLIENT_VERSION, USER_AGENT } from "./middleware";
import { listOwnedDevices, listRecoveryKeys } from "./operations";
import type { RetryPolicy } from "./retry-policy";

/** The Graph client's middleware chain, end to end over Node's fetch against the HTTPS Graph emulator. */
const suite = graphEmulatorSuite();
const ADELE = "adele.vance@contoso.example";
const DEVICES = "/v1.0/me/ownedDevices";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const gateway = (retry: Partial<RetryPolicy> = {}) => suite.gateway(ADELE, { retry });
const statuses = () => suite.emu().state.calls.map((c) => c.status);
const fault = (status: number, extra: { retryAfter?: number; remaining?: number } = {}) =>
  suite.emu().state.addFault({ kind: "status", status, match: { pathPrefix: DEVICES }, ...extra });

describe("the Graph middleware chain", () => {
  it("sends the token, User-Agent, ocp-client-name/-version and a client-request-id on every call", async () => {
    await listOwnedDevices(await gateway());
    const [call] = suite.emu().state.calls;
    expect(call?.headers).toEqual(
      expect.arrayContaining(["authorization", "user-agent", "ocp-client-name", "ocp-client-version"]),
    );
    expect(call?.clientRequestId).toMatch(UUID);
    expect([CLIENT_NAME, CLIENT_VERSION]).toEqual(["KeyDesk", expect.stringMatching(/^\d+\.\d+\.\d+$/)]);
    expect(USER_AGENT).toMatch(/^KeyDesk\//);
  });

  it("gives each call its own client-request-id, and keeps it across the retries of one call", async () => {
    fault(429, { retryAfter: 1, remaining: 1 });
    const graph = await gateway();
    const devices = await listOwnedDevices(graph);
    await listRecoveryKeys(graph, devices.find((d) => d.displayName === "ADELE-LAPTOP")!.deviceId!);
    const [throttled, retried, keys] = suite.emu().state.calls;
    expect(statuses()).toEqual([429, 200, 200]);
    expect(retried?.clientRequestId).toBe(throttled?.clientRequestId);
    expect(retried?.headers).toContain("retry-attempt");
    expect(keys?.clientRequestId).not.toBe(throttled?.clientRequestId);
    expect(new Set(suite.emu().state.calls.map((c) => c.clientRequestId)).size).toBe(2);
  });

  it.each([429, 503, 504])("retries a passing %i and succeeds", async (status) => {
    fault(status, { retryAfter: 0, remaining: 1 });
    await expect(listOwnedDevices(await gateway())).resolves.not.toHaveLength(0);
    expect(statuses()).toEqual([status, 200]);
  });

  it("retries at most maxRetries times", async () => {
    fault(503, { retryAfter: 0 });
    expect((await failureOf(listOwnedDevices(await gateway({ maxRetries: 2 })))).kind).toBe("unavailable");
    expect(statuses()).toEqual([503, 503, 503]);
  });

  it("waits as Retry-After asks, and stops when the next wait would pass the budget", async () => {
    // Retries at about 1 s and 2 s fit a 2.5 s budget; a third, at about 3 s, does not.
    fault(429, { retryAfter: 1 });
    const failure = await failureOf(listOwnedDevices(await gateway({ budgetMs: 2_500 })));
    expect(failure.kind).toBe("throttled");
    expect(failure.retryAfterSeconds).toBe(1);
    expect(statuses()).toEqual([429, 429, 429]);
  });

  it("does not wait at all when Graph asks for longer than the budget, and says how long to wait", async () => {
    fault(429, { retryAfter: 30 });
    const failure = await failureOf(listOwnedDevices(await gateway()));
    expect(failure.kind).toBe("throttled");
    expect(failure.retryAfterSeconds).toBe(30);
    expect(statuses()).toEqual([429]);
  });

  it("does not retry other failures", async () => {
    fault(500);
    expect((await failureOf(listOwnedDevices(await gateway()))).kind).toBe("unavailable");
    expect(statuses()).toEqual([500]);
  });

  it("abandons an attempt that gets no answer within its deadline", async () => {
    suite.emu().state.addFault({ kind: "timeout", match: { pathPrefix: DEVICES } });
    const failure = await failureOf(listOwnedDevices(await gateway({ attemptTimeoutMs: 300, budgetMs: 20_000 })));
    expect(failure.kind).toBe("timeout");
    expect(failure.code).toBe("TimeoutError");
    expect(failure.clientRequestId).toMatch(UUID);
  });

  it("maps a body that is not JSON to bad-response", async () => {
    suite.emu().state.addFault({ kind: "malformed", match: { pathPrefix: DEVICES }, remaining: 1 });
    const failure = await failureOf(listOwnedDevices(await gateway()));
    expect(failure.kind).toBe("bad-response");
    expect(failure.code).toBe("SyntaxError");
  });

  it("maps a refused connection to unavailable", async () => {
    const closed = new URL(suite.emu().graphOrigin);
    closed.port = "1";
    const graph = new GraphGateway("token", { baseUrl: closed.origin, retry: FAST_RETRY });
    const failure = await failureOf(listOwnedDevices(graph));
    expect(failure.kind).toBe("unavailable");
    expect(failure.code).toBe("TypeError");
  });
});
