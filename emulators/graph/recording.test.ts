import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ALICE } from "./testing/seed-fixture";
import { type GraphTestServer, startGraphTestServer } from "./testing/graph-test-server";

const KEY_PATH = "/v1.0/informationProtection/bitlocker/recoveryKeys/00000000-0000-4000-8000-000000000001";

let graph: GraphTestServer;
beforeAll(async () => {
  graph = await startGraphTestServer();
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.state.calls = [];
});

describe("call recording", () => {
  it("records method, raw path and query, caller, header names and status", async () => {
    await graph.request(`${KEY_PATH}?$select=key`, { headers: { "ocp-client-name": "KeyDesk" } });
    expect(graph.state.calls).toHaveLength(1);
    const [call] = graph.state.calls;
    expect(call).toMatchObject({
      method: "GET",
      path: KEY_PATH,
      query: "$select=key",
      userId: ALICE,
      userPrincipalName: "alice@contoso.test",
      status: 200,
    });
    expect(call?.headers).toEqual(expect.arrayContaining(["authorization", "user-agent", "ocp-client-name"]));
    expect(call?.headers.every((name) => name === name.toLowerCase())).toBe(true);
    expect(Number.isNaN(Date.parse(call?.at ?? ""))).toBe(false);
  });

  it("never stores the token", async () => {
    await graph.request("/v1.0/me", { token: "alice" });
    expect(JSON.stringify(graph.state.calls)).not.toContain("Bearer");
    expect(graph.state.calls[0]?.headers).toContain("authorization");
  });

  it("keeps the query exactly as sent, percent-encoding included", async () => {
    const raw = "$filter=deviceId%20eq%20%27d1d1d1d1-0000-4000-8000-000000000001%27";
    await graph.request(`/v1.0/informationProtection/bitlocker/recoveryKeys?${raw}`);
    expect(graph.state.calls[0]?.query).toBe(raw);
  });

  it("records refused calls too: no user for a bad token, and the status sent", async () => {
    await graph.request("/v1.0/me", { token: "expired" });
    await graph.request(KEY_PATH, { userAgent: null });
    expect(graph.state.calls.map((call) => [call.userId, call.status])).toEqual([
      [null, 401],
      [ALICE, 400],
    ]);
    expect(graph.state.calls[1]?.headers).not.toContain("user-agent");
  });
});
