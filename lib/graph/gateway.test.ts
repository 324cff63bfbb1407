import { describe, expect, it } from "vitest";
import { FAST_RETRY, failureOf, graphEmulatorSuite } from "@/test/graph";
import { GraphGateway } from "./client";
import { listOwnedDevices, listRecoveryKeys, readRecoveryPassword } from "./operations";

/** What KeyDesk reads through the gateway, against the HTTPS Graph emulator (the chain itself: pipeline.test.ts). */
const suite = graphEmulatorSuite();
const ADELE = "adele.vance@contoso.example";

const contoso = () => suite.emu().seed.tenants.find((t) => t.domain === "contoso.example")!;
const device = (name: string) => contoso().devices.find((d) => d.displayName === name)!;
const gateway = (upn = ADELE, scopes?: string[]) => suite.gateway(upn, { scopes });

describe("GraphGateway against the Graph emulator", () => {
  it("the emulator, like Graph, refuses BitLocker calls without a User-Agent", async () => {
    const token = await suite.emu().mintAccessToken(ADELE);
    const { request } = await import("node:https");
    const status = await new Promise<{ code: number; body: string }>((done, fail) => {
      const req = request(
        `${suite.emu().graphOrigin}/v1.0/informationProtection/bitlocker/recoveryKeys`,
        { headers: { authorization: `Bearer ${token}` } },
        (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => done({ code: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", fail);
      req.end();
    });
    expect(status.code).toBe(400);
    expect(status.body).toContain("Parameter (User-Agent) is required but missing from headers");
  });

  it("lists only the devices the user owns, by deviceId", async () => {
    const devices = await listOwnedDevices(await gateway());
    const names = devices.map((d) => d.displayName);
    expect(names).toContain("ADELE-LAPTOP");
    expect(names.some((n) => n?.startsWith("MEGAN"))).toBe(false);
    expect(devices.every((d) => d.deviceId && d.deviceId !== d.objectId)).toBe(true);
  });

  it("lists devices through the device cast: Adele's ownedDevices also holds an object that is not a device", async () => {
    const adele = contoso().users.find((u) => u.userPrincipalName === ADELE)!.id;
    const owned = contoso().endpoints?.filter((e) => e.owners.includes(adele)) ?? [];
    expect(owned).toHaveLength(1);
    const devices = await listOwnedDevices(await gateway());
    const seeded = contoso().devices.filter((d) => d.registeredOwners.includes(adele));
    expect(devices.map((d) => d.objectId).sort()).toEqual(seeded.map((d) => d.id).sort());
    expect(devices.map((d) => d.objectId)).not.toContain(owned[0]!.id);
    expect(suite.emu().state.calls[0]?.path).toBe("/v1.0/me/ownedDevices/microsoft.graph.device");
  });

  it("follows @odata.nextLink to the last page", async () => {
    const lab = device("CONTOSO-LAB-07");
    const keys = await listRecoveryKeys(await gateway(), lab.deviceId);
    const expected = contoso().recoveryKeys.filter((k) => k.deviceId === lab.deviceId);
    expect(expected.length).toBeGreaterThan(suite.emu().state.config.pageSize);
    expect(new Set(keys.map((k) => k.id))).toEqual(new Set(expected.map((k) => k.id)));
    expect(suite.emu().state.calls.filter((c) => c.path.includes("recoveryKeys")).length).toBeGreaterThan(1);
  });

  it("returns keys newest first and reads one key only on request", async () => {
    const laptop = device("ADELE-LAPTOP");
    const graph = await gateway();
    const keys = await listRecoveryKeys(graph, laptop.deviceId);
    expect(keys.map((k) => k.createdAt)).toEqual([...keys.map((k) => k.createdAt)].sort().reverse());
    expect(suite.emu().state.calls.some((c) => c.query.includes("select=key"))).toBe(false);
    const first = keys[0]!;
    const { key } = await readRecoveryPassword(graph, first.id);
    expect(key).toBe(contoso().recoveryKeys.find((k) => k.id === first.id)?.key);
  });

  it("finds nothing for another user's key", async () => {
    const megansKey = contoso().recoveryKeys.find((k) => k.deviceId === device("MEGAN-LAPTOP").deviceId)!;
    expect((await failureOf(readRecoveryPassword(await gateway(), megansKey.id))).kind).toBe("not-found");
  });

  it("never sends a value that is not a GUID to Graph", async () => {
    const graph = await gateway();
    expect((await failureOf(listRecoveryKeys(graph, "x' or 1 eq 1"))).kind).toBe("not-found");
    expect((await failureOf(readRecoveryPassword(graph, "../me"))).kind).toBe("not-found");
    expect(suite.emu().state.calls).toHaveLength(0);
  });

  it("maps a tenant without self-service to forbidden and an expired token to session-expired", async () => {
    const fabrikam = suite.emu().seed.tenants.find((t) => t.domain === "fabrikam.example")!;
    const nestor = fabrikam.users[0]!.userPrincipalName;
    const deviceId = fabrikam.devices[0]!.deviceId;
    expect((await failureOf(listRecoveryKeys(await gateway(nestor), deviceId))).kind).toBe("forbidden");
    const stale = new GraphGateway("not-a-token", { baseUrl: suite.emu().graphOrigin, retry: FAST_RETRY });
    expect((await failureOf(listOwnedDevices(stale))).kind).toBe("session-expired");
    // Renewing the token is the session's job: the gateway asks once and reports.
    expect(suite.emu().state.calls.filter((c) => c.status === 401)).toHaveLength(1);
  });

  it("a failure names Graph's error code and both request ids, for Microsoft support", async () => {
    const fabrikam = suite.emu().seed.tenants.find((t) => t.domain === "fabrikam.example")!;
    const graph = await gateway(fabrikam.users[0]!.userPrincipalName);
    const failure = await failureOf(listRecoveryKeys(graph, fabrikam.devices[0]!.deviceId));
    const [call] = suite.emu().state.calls;
    expect(failure.code).toBe("authorization_error");
    expect(failure.clientRequestId).toBe(call?.clientRequestId);
    expect(failure.graphRequestId).toBe(call?.requestId);
  });
});
