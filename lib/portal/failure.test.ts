import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphFailure } from "@/lib/graph/errors";
import { withGraph } from "./failure";
import type { Portal } from "./session";

const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOi.secret-access-token";
const portal = {
  user: { objectId: "oid-1", tenantId: "tid-1", upn: "adele@contoso.example", name: null, accessToken: TOKEN },
  graph: {},
} as unknown as Portal;

afterEach(() => vi.restoreAllMocks());

describe("withGraph: the one place a Graph failure is caught", () => {
  it("hands the value back when the call works, and logs nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(withGraph("op", portal, async () => 42)).resolves.toEqual({ ok: true, value: 42 });
    expect(warn).not.toHaveBeenCalled();
  });

  it("logs a Graph failure once, with both request ids and no token, and hands it back for the notice", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const failure = new GraphFailure("throttled", 429, 12, "TooManyRequests", {
      code: "TooManyRequests",
      clientRequestId: "c0ffee00-0000-4000-8000-000000000001",
      graphRequestId: "graph-request-1",
    });
    const result = await withGraph("list_owned_devices", portal, () => Promise.reject(failure));
    expect(result).toEqual({ ok: false, failure });
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(JSON.parse(line)).toMatchObject({
      event: "graph_failure",
      operation: "list_owned_devices",
      kind: "throttled",
      status: 429,
      code: "TooManyRequests",
      clientRequestId: "c0ffee00-0000-4000-8000-000000000001",
      graphRequestId: "graph-request-1",
      oid: "oid-1",
      tid: "tid-1",
    });
    expect(line).not.toContain(TOKEN);
  });

  it("throws anything else on: a bug is not a notice", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const bug = new TypeError("undefined is not a function");
    await expect(withGraph("op", portal, () => Promise.reject(bug))).rejects.toBe(bug);
  });
});
