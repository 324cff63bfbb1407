import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import { startTestEmulators } from "@/test/emulators";
import { expectCheck } from "@/test/expect-check";
import { checkGraphReachable } from "./graph";
import { checkDiscovery } from "./issuer-discovery";
import { checkRedis } from "./redis";
import { formatReport } from "./report";
import { exitCode, runDoctor } from "./run";

let emulators: RunningEmulators;
let tenantId: string;
const servers: Server[] = [];
const sockets: Socket[] = [];

/** A TCP server on a free port that answers each chunk with `reply` (or never, when null). */
async function tcpServer(reply: ((data: string) => string) | null): Promise<number> {
  const server = createServer((socket: Socket) => {
    sockets.push(socket);
    socket.on("data", (d) => reply && socket.write(reply(d.toString())));
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

beforeAll(async () => {
  emulators = await startTestEmulators();
  tenantId = emulators.seed.tenants[0]!.id;
});
afterAll(async () => {
  await emulators.stop();
  sockets.forEach((s) => s.destroy());
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

describe("issuer discovery", () => {
  it("accepts a reachable single-tenant issuer that names itself", async () => {
    const [discovery, clock] = await checkDiscovery(emulators.issuerFor(tenantId));
    expectCheck(discovery, "ok", emulators.issuerFor(tenantId));
    expect(clock?.status).toBe("ok");
  });

  it("accepts the multi-tenant {tenantid} template for organizations", async () => {
    const [discovery] = await checkDiscovery(`${emulators.issuerOrigin}/organizations/v2.0`);
    expect(discovery?.status).toBe("ok");
  });

  it("catches an issuer that differs from the one discovery names, with the exact value to use", async () => {
    const [discovery] = await checkDiscovery(emulators.issuerFor(tenantId.toUpperCase()));
    expectCheck(discovery, "error", /Issuer mismatch/);
    expect(discovery?.fix).toBe(`Set AUTH_MICROSOFT_ENTRA_ID_ISSUER=${emulators.issuerFor(tenantId)}`);
  });

  it("reports a tenant Entra does not know", async () => {
    const [discovery] = await checkDiscovery(emulators.issuerFor("00000000-0000-0000-0000-000000000000"));
    expectCheck(discovery, "error", "AADSTS90002");
    // Entra's first line only: the trace id and time follow it after \r\n.
    expect(discovery?.message).toMatch(/Issuer discovery answered 400: AADSTS90002: Tenant '[^']+' not found\.$/);
  });

  it("reports an unreachable issuer", async () => {
    const [discovery] = await checkDiscovery(`https://localhost:${await closedPort()}/${tenantId}/v2.0`);
    expectCheck(discovery, "error", /unreachable: .*ECONNREFUSED/);
  });

  it("gives up after the timeout when nothing answers", async () => {
    const silent = await tcpServer(null);
    const [discovery] = await checkDiscovery(`https://127.0.0.1:${silent}/${tenantId}/v2.0`, { timeoutMs: 300 });
    expectCheck(discovery, "error", "no answer within the time limit");
  });
});

describe("clock skew", () => {
  it("warns when this machine's clock is more than two minutes off the issuer's", async () => {
    const ahead = await checkDiscovery(emulators.issuerFor(tenantId), { now: () => Date.now() + 5 * 60_000 });
    expectCheck(ahead[1], "warn", /3\d\d s ahead of/, "NTP");
    const behind = await checkDiscovery(emulators.issuerFor(tenantId), { now: () => Date.now() - 3 * 60_000 });
    expectCheck(behind[1], "warn", /behind/);
    const close = await checkDiscovery(emulators.issuerFor(tenantId), { now: () => Date.now() + 60_000 });
    expect(close[1]?.status).toBe("ok");
  });
});

describe("Microsoft Graph", () => {
  it("recognises Graph by its 401 InvalidAuthenticationToken to a request without a token", async () => {
    expectCheck(await checkGraphReachable({ GRAPH_BASE_URL: emulators.graphOrigin }), "ok");
  });

  it("rejects a host that answers, but not like Graph", async () => {
    expectCheck(
      await checkGraphReachable({ GRAPH_BASE_URL: emulators.issuerOrigin }),
      "error",
      /not like Microsoft Graph/,
    );
  });

  it("reports an unreachable Graph", async () => {
    expectCheck(
      await checkGraphReachable({ GRAPH_BASE_URL: `https://localhost:${await closedPort()}` }),
      "error",
      /unreachable/,
    );
  });
});

describe("Redis", () => {
  it("is skipped when REDIS_URL is not set", async () => {
    expect((await checkRedis({})).status).toBe("skip");
  });

  it("accepts a server that answers PING, authenticating first when the URL has a password", async () => {
    const plain = await tcpServer(() => "+PONG\r\n");
    expectCheck(await checkRedis({ REDIS_URL: `redis://127.0.0.1:${plain}` }), "ok");
    const seen: string[] = [];
    const guarded = await tcpServer((data) => {
      seen.push(data);
      return data.includes("AUTH") ? "+OK\r\n+PONG\r\n" : "-NOAUTH Authentication required.\r\n";
    });
    expectCheck(await checkRedis({ REDIS_URL: `redis://:s3cr%40t@127.0.0.1:${guarded}` }), "ok");
    expect(seen.join("")).toContain("$6\r\ns3cr@t\r\n");
  });

  it("explains a refused password and an unreachable server", async () => {
    const guarded = await tcpServer(() => "-NOAUTH Authentication required.\r\n");
    expectCheck(await checkRedis({ REDIS_URL: `redis://127.0.0.1:${guarded}` }), "error", "NOAUTH", "password");
    expectCheck(
      await checkRedis({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` }),
      "error",
      /unreachable: ECONNREFUSED/,
    );
  });
});

describe("the whole report", () => {
  const configFor = () => ({
    AUTH_SECRET: "kR9vT2xQm7LpW4zN8bY1cF6hJ3sD5gA0eU+/iO=",
    AUTH_URL: "https://keys.contoso.com",
    AUTH_MICROSOFT_ENTRA_ID_ID: emulators.seed.application.clientId,
    AUTH_MICROSOFT_ENTRA_ID_SECRET: emulators.seed.application.clientSecret,
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: emulators.issuerFor(tenantId),
    GRAPH_BASE_URL: emulators.graphOrigin,
  });

  it("passes a correct configuration with exit code 0", async () => {
    const results = await runDoctor(configFor());
    expect(results.filter((r) => r.status === "error")).toEqual([]);
    expect(exitCode(results)).toBe(0);
  });

  it("prints one line per check and a fix under each problem, and exits with 1", async () => {
    const results = await runDoctor({
      ...configFor(),
      AUTH_MICROSOFT_ENTRA_ID_ISSUER: `${emulators.issuerFor(tenantId)}/`,
      REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
    });
    const report = formatReport(results);
    expect(report).toContain(`✖ The issuer ${emulators.issuerFor(tenantId)}/ ends with a slash`);
    expect(report).toContain(`    fix: Set AUTH_MICROSOFT_ENTRA_ID_ISSUER=${emulators.issuerFor(tenantId)}\n`);
    expect(report).toMatch(/✖ Redis at 127\.0\.0\.1:\d+ is unreachable/);
    expect(report).toMatch(/✔ Microsoft Graph answers/);
    // The generic "must not end with a slash" line gives way to the more precise one.
    expect(results.filter((r) => r.message.includes("AUTH_MICROSOFT_ENTRA_ID_ISSUER must not end"))).toEqual([]);
    expect(exitCode(results)).toBe(1);
  });
});
