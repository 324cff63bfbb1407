import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTOSO, DEVICE, FABRIKAM, buildSeed, must } from "./testing/seed-fixture";
import {
  type Collection,
  type GraphErrorBody,
  type GraphTestServer,
  startGraphTestServer,
} from "./testing/graph-test-server";

const KEYS = "/v1.0/informationProtection/bitlocker/recoveryKeys";
const seed = buildSeed();
const contosoKeys = seed.tenants[0]?.recoveryKeys ?? [];
const keysOf = (deviceId: string) => contosoKeys.filter((key) => key.deviceId === deviceId);
const aliceLaptopKey = must(keysOf(DEVICE.aliceLaptop)[0], "alice laptop key");
const bobKey = must(keysOf(DEVICE.bobLaptop)[0], "bob key");
const allPasswords = seed.tenants.flatMap((tenant) => tenant.recoveryKeys.map((key) => key.key));
const filterFor = (deviceId: string) => `${KEYS}?$filter=${encodeURIComponent(`deviceId eq '${deviceId}'`)}`;

let graph: GraphTestServer;
beforeAll(async () => {
  graph = await startGraphTestServer();
});
afterAll(() => graph.close());

async function listAll(path: string, token = "alice") {
  const items: Array<Record<string, unknown>> = [];
  const bodies: string[] = [];
  let next: string | undefined = path;
  while (next) {
    const res = await graph.request(next, { token });
    expect(res.status).toBe(200);
    bodies.push(res.text);
    const page: Collection = res.json<Collection>();
    items.push(...page.value);
    next = page["@odata.nextLink"];
  }
  return { items, bodies };
}

describe("GET …/recoveryKeys (list)", () => {
  it("lists only keys of devices the caller is a registered owner of, metadata only", async () => {
    const { items, bodies } = await listAll(KEYS);
    const expected = [...keysOf(DEVICE.aliceLaptop), ...keysOf(DEVICE.aliceDesktop)].map((key) => key.id);
    expect(items.map((item) => item.id)).toEqual(expected);
    expect(items[0]).toEqual({
      "@odata.type": "#microsoft.graph.bitlockerRecoveryKey",
      id: aliceLaptopKey.id,
      createdDateTime: aliceLaptopKey.createdDateTime,
      volumeType: aliceLaptopKey.volumeType,
      deviceId: DEVICE.aliceLaptop,
    });
    // Registered user of the kiosk but not its owner: its key is not hers to read.
    expect(items.some((item) => item.deviceId === DEVICE.sharedKiosk)).toBe(false);
    for (const body of bodies) for (const password of allPasswords) expect(body).not.toContain(password);
  });

  it("follows nextLink to the end with no duplicates at pageSize", async () => {
    const { items, bodies } = await listAll(filterFor(DEVICE.aliceLaptop));
    expect(bodies).toHaveLength(3); // 7 keys at page size 3
    expect(new Set(items.map((item) => item.id)).size).toBe(7);
    expect(items.every((item) => item.deviceId === DEVICE.aliceLaptop)).toBe(true);
  });

  it("keeps $filter in nextLink, on baseUrl", async () => {
    const page = (await graph.request(filterFor(DEVICE.aliceLaptop))).json<Collection>();
    const link = page["@odata.nextLink"] ?? "";
    expect(link.startsWith(`${graph.baseUrl}${KEYS}?`)).toBe(true);
    expect(decodeURIComponent(link)).toContain(`$filter=deviceId eq '${DEVICE.aliceLaptop}'`);
  });

  it("never returns key, even when $select=key is asked for", async () => {
    const res = await graph.request(`${KEYS}?$select=key,id,deviceId`);
    expect(res.status).toBe(200);
    const page = res.json<Collection>();
    expect(page.value.length).toBeGreaterThan(0);
    for (const item of page.value) expect(Object.keys(item).sort()).toEqual(["@odata.type", "deviceId", "id"]);
    for (const password of allPasswords) expect(res.text).not.toContain(password);
  });

  it("filter on someone else's device: empty list, 200", async () => {
    const res = await graph.request(filterFor(DEVICE.bobLaptop));
    expect(res.status).toBe(200);
    expect(res.json<Collection>().value).toEqual([]);
  });

  it("accepts an upper-case deviceId in the filter", async () => {
    const page = (await graph.request(filterFor(DEVICE.aliceDesktop.toUpperCase()))).json<Collection>();
    expect(page.value).toHaveLength(2);
  });

  it.each([
    `deviceId eq '${DEVICE.aliceLaptop}' or 1 eq 1`,
    `deviceId eq '${DEVICE.bobLaptop}' or deviceId eq '${DEVICE.aliceLaptop}'`,
    `deviceId ne '${DEVICE.aliceLaptop}'`,
    `deviceId eq 'x'' or ''1'' eq ''1'`,
    `deviceId eq 'not-a-guid'`,
    `startswith(deviceId,'d')`,
    `id eq '${aliceLaptopKey.id}'`,
    "",
  ])("rejects $filter=%s with 400 BadRequest", async (clause) => {
    const res = await graph.request(`${KEYS}?$filter=${encodeURIComponent(clause)}`);
    expect(res.status).toBe(400);
    expect(res.json<GraphErrorBody>().error.code).toBe("BadRequest");
    expect(res.json<GraphErrorBody>().error.message).toMatch(/^Invalid filter clause/);
  });

  it("rejects a second $filter instead of combining them", async () => {
    const res = await graph.request(
      `${filterFor(DEVICE.aliceLaptop)}&$filter=${encodeURIComponent(`deviceId eq '${DEVICE.bobLaptop}'`)}`,
    );
    expect(res.status).toBe(400);
  });

  it("rejects $top, which the docs say this API does not support", async () => {
    const res = await graph.request(`${KEYS}?$top=1`);
    expect(res.status).toBe(400);
    expect(res.json<GraphErrorBody>().error.message).toBe("The query parameter '$top' is not supported.");
  });

  it("ReadBasic is enough for the list", async () => {
    expect((await graph.request(KEYS, { token: "alice-basic" })).status).toBe(200);
  });

  it("without a BitLocker scope: 403 authorization_error", async () => {
    const res = await graph.request(KEYS, { token: "alice-user-read" });
    expect(res.status).toBe(403);
    expect(res.json<GraphErrorBody>().error).toEqual(
      expect.objectContaining({
        code: "authorization_error",
        message: "Failed to authorize, token doesn't have the required permissions.",
      }),
    );
  });

  it("a hybrid device without owner: nobody's list has its key", async () => {
    for (const token of ["alice", "bob", "dave"]) {
      const { items } = await listAll(KEYS, token);
      expect(items.some((item) => item.deviceId === DEVICE.hybridPc)).toBe(false);
    }
  });
});

describe("GET …/recoveryKeys/{id}", () => {
  it("without $select: metadata, no key", async () => {
    const res = await graph.request(`${KEYS}/${aliceLaptopKey.id}`);
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: aliceLaptopKey.id,
      deviceId: DEVICE.aliceLaptop,
      volumeType: aliceLaptopKey.volumeType,
    });
    expect(body).not.toHaveProperty("key");
    expect(body).not.toHaveProperty("value");
    expect(res.text).not.toContain(aliceLaptopKey.key);
  });

  it.each(["$select=key", "$select=key,id", "$select=id,key,deviceId", "$select=KEY"])(
    "with %s: the key",
    async (select) => {
      const res = await graph.request(`${KEYS}/${aliceLaptopKey.id}?${select}`);
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ id: aliceLaptopKey.id, key: aliceLaptopKey.key });
      expect(aliceLaptopKey.key).toMatch(/^(\d{6}-){7}\d{6}$/);
    },
  );

  it("$select=key returns only what was selected (plus id and type)", async () => {
    const body = (await graph.request(`${KEYS}/${aliceLaptopKey.id}?$select=key`)).json();
    expect(Object.keys(body).sort()).toEqual(["@odata.context", "@odata.type", "id", "key"]);
  });

  it("matches the id case-insensitively and answers it in lower case", async () => {
    const body = (await graph.request(`${KEYS}/${aliceLaptopKey.id.toUpperCase()}`)).json();
    expect(body.id).toBe(aliceLaptopKey.id);
  });

  it("ReadBasic reads metadata but not the key (403)", async () => {
    expect((await graph.request(`${KEYS}/${aliceLaptopKey.id}`, { token: "alice-basic" })).status).toBe(200);
    const res = await graph.request(`${KEYS}/${aliceLaptopKey.id}?$select=key`, { token: "alice-basic" });
    expect(res.status).toBe(403);
    expect(res.json<GraphErrorBody>().error.code).toBe("authorization_error");
    expect(res.text).not.toContain(aliceLaptopKey.key);
  });

  it("another user's key answers 404 like an unknown one", async () => {
    const other = await graph.request(`${KEYS}/${bobKey.id}?$select=key`);
    const unknown = await graph.request(`${KEYS}/99999999-0000-4000-8000-000000000000?$select=key`);
    for (const res of [other, unknown]) {
      expect(res.status).toBe(404);
      expect(res.json<GraphErrorBody>().error.code).toBe("NotFound");
    }
    expect(other.json<GraphErrorBody>().error.message).toBe(unknown.json<GraphErrorBody>().error.message);
    expect(other.text).not.toContain(bobKey.key);
  });

  it("a malformed id answers 400", async () => {
    const res = await graph.request(`${KEYS}/not-a-guid`);
    expect(res.status).toBe(400);
    expect(res.json<GraphErrorBody>().error.code).toBe("BadRequest");
  });

  it("rejects unknown $select properties and other query options", async () => {
    expect((await graph.request(`${KEYS}/${aliceLaptopKey.id}?$select=password`)).status).toBe(400);
    expect((await graph.request(`${KEYS}/${aliceLaptopKey.id}?$expand=device`)).status).toBe(400);
  });
});

describe("tenant self-service switch", () => {
  it("off in the seed: 403 authorization_error on list and single GET", async () => {
    for (const path of [KEYS, `${KEYS}/${seed.tenants[1]?.recoveryKeys[0]?.id}?$select=key`]) {
      const res = await graph.request(path, { token: "carol" });
      expect(res.status).toBe(403);
      expect(res.json<GraphErrorBody>().error).toMatchObject({
        code: "authorization_error",
        message: "Failed to authorize, token doesn't have the required permissions.",
      });
    }
  });

  it("does not hide the user's devices", async () => {
    expect((await graph.request("/v1.0/me/ownedDevices", { token: "carol" })).status).toBe(200);
  });

  it("switched off at run time, and back on", async () => {
    graph.state.selfServiceOverrides.set(CONTOSO, false);
    expect((await graph.request(KEYS)).status).toBe(403);
    graph.state.selfServiceOverrides.set(FABRIKAM, true);
    expect((await graph.request(KEYS, { token: "carol" })).status).toBe(200);
    graph.state.selfServiceOverrides.clear();
    expect((await graph.request(KEYS)).status).toBe(200);
  });
});
