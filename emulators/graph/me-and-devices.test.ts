import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALICE, CAROL_ENDPOINT, DEVICE } from "./testing/seed-fixture";
import {
  type Collection,
  type GraphErrorBody,
  type GraphTestServer,
  startGraphTestServer,
} from "./testing/graph-test-server";

let graph: GraphTestServer;
beforeAll(async () => {
  graph = await startGraphTestServer();
});
afterAll(() => graph.close());

async function followAll(path: string, token = "alice") {
  const pages: Collection[] = [];
  let next: string | undefined = path;
  while (next) {
    const res = await graph.request(next, { token });
    expect(res.status).toBe(200);
    const page: Collection = res.json<Collection>();
    pages.push(page);
    next = page["@odata.nextLink"];
  }
  return pages;
}

describe("GET /v1.0/me", () => {
  it("returns the signed-in user", async () => {
    const res = await graph.request("/v1.0/me");
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      "@odata.context": `${graph.baseUrl}/v1.0/$metadata#users/$entity`,
      id: ALICE,
      displayName: "Alice Adams",
      userPrincipalName: "alice@contoso.test",
      mail: "alice@contoso.test",
      businessPhones: [],
    });
  });

  it("supports $select", async () => {
    const body = (await graph.request("/v1.0/me?$select=displayName")).json();
    expect(body).toEqual({
      "@odata.context": `${graph.baseUrl}/v1.0/$metadata#users(displayName)/$entity`,
      id: ALICE,
      displayName: "Alice Adams",
    });
  });

  it("needs User.Read: 403 Authorization_RequestDenied", async () => {
    const res = await graph.request("/v1.0/me", { token: "alice-no-scope" });
    expect(res.status).toBe(403);
    expect(res.json<GraphErrorBody>().error).toMatchObject({
      code: "Authorization_RequestDenied",
      message: "Insufficient privileges to complete the operation.",
    });
  });
});

describe("GET /v1.0/me/ownedDevices and /registeredDevices", () => {
  it("lists only devices the caller owns, as microsoft.graph.device objects", async () => {
    const pages = await followAll("/v1.0/me/ownedDevices");
    const devices = pages.flatMap((page) => page.value);
    expect(devices.map((d) => d.deviceId)).toEqual([DEVICE.aliceLaptop, DEVICE.aliceDesktop, DEVICE.aliceTablet]);
    expect(pages[0]?.["@odata.context"]).toBe(`${graph.baseUrl}/v1.0/$metadata#directoryObjects`);
    expect(devices[0]).toMatchObject({
      "@odata.type": "#microsoft.graph.device",
      displayName: "ALICE-LAPTOP",
      operatingSystem: "Windows",
      trustType: "AzureAd",
      isCompliant: true,
      isManaged: true,
      accountEnabled: true,
      registrationDateTime: null,
    });
  });

  it("registeredDevices follows registeredUsers, so it includes a shared device she does not own", async () => {
    const ids = (await followAll("/v1.0/me/registeredDevices")).flatMap((page) => page.value.map((d) => d.deviceId));
    expect(ids).toContain(DEVICE.sharedKiosk);
    const owned = (await followAll("/v1.0/me/ownedDevices")).flatMap((page) => page.value.map((d) => d.deviceId));
    expect(owned).not.toContain(DEVICE.sharedKiosk);
  });

  it("never shows another user's device", async () => {
    const ids = (await followAll("/v1.0/me/ownedDevices", "bob")).flatMap((page) => page.value.map((d) => d.deviceId));
    expect(ids).toEqual([DEVICE.sharedKiosk, DEVICE.bobLaptop]);
    expect(ids).not.toContain(DEVICE.aliceLaptop);
  });

  it("pages at config.pageSize with an absolute nextLink on baseUrl", async () => {
    graph.state.config.pageSize = 2;
    try {
      const first = (await graph.request("/v1.0/me/ownedDevices?$select=deviceId,displayName")).json<Collection>();
      expect(first.value).toHaveLength(2);
      const link = first["@odata.nextLink"] ?? "";
      expect(link.startsWith(`${graph.baseUrl}/v1.0/me/ownedDevices?`)).toBe(true);
      expect(link).toContain("$select=deviceId,displayName");
      expect(link).toMatch(/\$skiptoken=[A-Za-z0-9_-]+$/);
      const second = (await graph.request(link)).json<Collection>();
      expect(second["@odata.nextLink"]).toBeUndefined();
      expect(second.value.map((d) => d.deviceId)).toEqual([DEVICE.aliceTablet]);
    } finally {
      graph.state.config.pageSize = 3;
    }
  });

  it("uses $top as the page size and keeps it in nextLink", async () => {
    const pages = await followAll("/v1.0/me/ownedDevices?$top=1");
    expect(pages.map((page) => page.value.length)).toEqual([1, 1, 1]);
    expect(new Set(pages.map((page) => page.value[0]?.id)).size).toBe(3);
  });

  it("rejects $top outside 1..999", async () => {
    for (const top of ["0", "1000", "x"]) {
      const res = await graph.request(`/v1.0/me/ownedDevices?$top=${top}`);
      expect(res.status).toBe(400);
      expect(res.json<GraphErrorBody>().error.code).toBe("Request_BadRequest");
    }
  });

  it("$select keeps id and @odata.type", async () => {
    const page = (await graph.request("/v1.0/me/ownedDevices?$select=displayName")).json<Collection>();
    expect(page["@odata.context"]).toBe(`${graph.baseUrl}/v1.0/$metadata#directoryObjects(displayName)`);
    expect(Object.keys(page.value[0] ?? {}).sort()).toEqual(["@odata.type", "displayName", "id"]);
  });

  it("rejects unknown $select properties", async () => {
    const res = await graph.request("/v1.0/me/ownedDevices?$select=secret");
    expect(res.status).toBe(400);
    expect(res.json<GraphErrorBody>().error.message).toContain("'secret'");
  });

  it("ownedDevices is a directoryObject collection: it can hold objects that are not devices", async () => {
    const items = (await followAll("/v1.0/me/ownedDevices?$select=deviceId,displayName", "carol")).flatMap(
      (page) => page.value,
    );
    expect(items.map((item) => item["@odata.type"])).toEqual(["#microsoft.graph.device", "#microsoft.graph.endpoint"]);
    expect(items[1]).toEqual({ "@odata.type": "#microsoft.graph.endpoint", id: CAROL_ENDPOINT });
  });

  it("the microsoft.graph.device cast returns the devices only, typed, in the devices entity set", async () => {
    const pages = await followAll("/v1.0/me/ownedDevices/microsoft.graph.device?$select=deviceId", "carol");
    expect(pages[0]?.["@odata.context"]).toBe(`${graph.baseUrl}/v1.0/$metadata#devices(deviceId)`);
    const items = pages.flatMap((page) => page.value);
    expect(items).toEqual([
      expect.objectContaining({ "@odata.type": "#microsoft.graph.device", deviceId: DEVICE.carolLaptop }),
    ]);
  });

  it("the cast pages like the collection, with nextLink on the cast path", async () => {
    const pages = await followAll("/v1.0/me/ownedDevices/microsoft.graph.device?$top=2");
    expect(pages[0]?.["@odata.nextLink"]).toMatch(
      /\/v1\.0\/me\/ownedDevices\/microsoft\.graph\.device\?\$top=2&\$skiptoken=/,
    );
    expect(pages.flatMap((page) => page.value.map((d) => d.deviceId))).toEqual([
      DEVICE.aliceLaptop,
      DEVICE.aliceDesktop,
      DEVICE.aliceTablet,
    ]);
  });

  it("rejects any other segment after the collection", async () => {
    const res = await graph.request("/v1.0/me/ownedDevices/microsoft.graph.user");
    expect(res.status).toBe(400);
    expect(res.json<GraphErrorBody>().error.message).toContain("microsoft.graph.user");
  });

  it("rejects a skip token minted for another user", async () => {
    const bobFirst = (await graph.request("/v1.0/me/ownedDevices?$top=1", { token: "bob" })).json<Collection>();
    const res = await graph.request(bobFirst["@odata.nextLink"] ?? "", { token: "alice" });
    expect(res.status).toBe(400);
  });

  it("gives an empty collection to a user without devices", async () => {
    const page = (await graph.request("/v1.0/me/ownedDevices", { token: "dave" })).json<Collection>();
    expect(page.value).toEqual([]);
    expect(page["@odata.nextLink"]).toBeUndefined();
  });

  it("needs User.Read", async () => {
    expect((await graph.request("/v1.0/me/ownedDevices", { token: "alice-no-scope" })).status).toBe(403);
  });
});
