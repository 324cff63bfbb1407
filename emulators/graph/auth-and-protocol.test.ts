import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphErrorBody, type GraphTestServer, startGraphTestServer } from "./testing/graph-test-server";

const KEYS = "/v1.0/informationProtection/bitlocker/recoveryKeys";
const ONE_KEY = `${KEYS}/00000000-0000-4000-8000-000000000001`;

let graph: GraphTestServer;
beforeAll(async () => {
  graph = await startGraphTestServer();
});
afterAll(() => graph.close());

describe("BitLocker calls without a User-Agent", () => {
  it.each([KEYS, `${ONE_KEY}?$select=key`])("answer 400 with Graph's exact message (%s)", async (path) => {
    const res = await graph.request(path, { userAgent: null });
    expect(res.status).toBe(400);
    const { error } = res.json<GraphErrorBody>();
    expect(error.code).toBe("BadRequest");
    expect(error.message).toBe("Parameter (User-Agent) is required but missing from headers");
  });

  it("treat a blank User-Agent as missing", async () => {
    expect((await graph.request(KEYS, { userAgent: "  " })).status).toBe(400);
  });

  it("do not affect the directory endpoints, which Graph serves without one", async () => {
    expect((await graph.request("/v1.0/me", { userAgent: null })).status).toBe(200);
  });
});

describe("bearer token", () => {
  it("missing: 401 InvalidAuthenticationToken, 'Access token is empty.', WWW-Authenticate", async () => {
    const res = await graph.request("/v1.0/me", { token: null });
    expect(res.status).toBe(401);
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer /);
    expect(res.json<GraphErrorBody>().error).toMatchObject({
      code: "InvalidAuthenticationToken",
      message: "Access token is empty.",
    });
  });

  it("invalid or expired: 401 with the expiry message", async () => {
    const res = await graph.request(KEYS, { token: "expired-token" });
    expect(res.status).toBe(401);
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer /);
    expect(res.json<GraphErrorBody>().error).toMatchObject({
      code: "InvalidAuthenticationToken",
      message: "Access token has expired or is not yet valid.",
    });
  });

  it("is checked before the User-Agent", async () => {
    expect((await graph.request(KEYS, { token: null, userAgent: null })).status).toBe(401);
  });

  it("for a tenant the directory does not know: 401", async () => {
    expect((await graph.request("/v1.0/me", { token: "stranger" })).status).toBe(401);
  });
});

describe("personal Microsoft accounts", () => {
  it("can read /me but not devices or BitLocker keys", async () => {
    expect((await graph.request("/v1.0/me", { token: "sam" })).status).toBe(200);
    const devices = await graph.request("/v1.0/me/ownedDevices", { token: "sam" });
    expect(devices.status).toBe(403);
    expect(devices.json<GraphErrorBody>().error.code).toBe("Authorization_RequestDenied");
    const keys = await graph.request(KEYS, { token: "sam" });
    expect(keys.status).toBe(403);
    expect(keys.json<GraphErrorBody>().error.code).toBe("authorization_error");
  });
});

describe("every response", () => {
  it("is Graph-flavoured JSON with request ids, success or error", async () => {
    for (const res of [await graph.request("/v1.0/me"), await graph.request("/v1.0/me", { token: null })]) {
      expect(res.headers["content-type"]).toMatch(/^application\/json;odata\.metadata=minimal;/);
      expect(res.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers["client-request-id"]).toBeTruthy();
    }
  });

  it("echoes client-request-id into the header and innerError", async () => {
    const res = await graph.request("/v1.0/me", { token: null, headers: { "client-request-id": "abc-123" } });
    expect(res.headers["client-request-id"]).toBe("abc-123");
    const { innerError } = res.json<GraphErrorBody>().error;
    expect(innerError["client-request-id"]).toBe("abc-123");
    expect(innerError["request-id"]).toBe(res.headers["request-id"]);
    expect(innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });
});

describe("routing", () => {
  it("serves v1.0 only", async () => {
    const res = await graph.request("/beta/me");
    expect(res.status).toBe(400);
    expect(res.json<GraphErrorBody>().error.code).toBe("BadRequest");
  });

  it("answers unknown segments like Graph", async () => {
    const res = await graph.request("/v1.0/users");
    expect(res.status).toBe(400);
    expect(res.json<GraphErrorBody>().error.message).toBe("Resource not found for the segment 'users'.");
  });

  it("answers unknown BitLocker paths and methods with the service's NotFound", async () => {
    for (const res of [
      await graph.request("/v1.0/informationProtection/bitlocker"),
      await graph.request(KEYS, { method: "POST" }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.json<GraphErrorBody>().error).toMatchObject({
        code: "NotFound",
        message: "Unsupported method or endpoint.",
      });
    }
  });

  it("refuses writes on directory routes with 405", async () => {
    expect((await graph.request("/v1.0/me", { method: "PATCH" })).status).toBe(405);
  });

  it("matches path segments case-insensitively", async () => {
    expect((await graph.request("/v1.0/ME/OWNEDDEVICES")).status).toBe(200);
  });
});
