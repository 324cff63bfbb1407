import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedis, type SharedRedis } from "@/lib/store/redis";
import { startRedisServer, type RedisServer } from "@/test/redis-server";
import { memoryRotationQueue, rotationQueueOn, type RotationJob, type RotationQueue } from "./queue";

const job = (keyId: string, dueAt: number, phase: RotationJob["phase"] = "rotate"): RotationJob => ({
  keyId,
  deviceId: "2d5e8372-f9f9-4bfa-9754-097b4f49c491",
  actor: { objectId: "o", userPrincipalName: "isaiah.langer@northwind.example", tenantId: "t" },
  phase,
  dueAt,
  trigger: "delay",
  attempts: 0,
});

let server: RedisServer;
const connections: SharedRedis[] = [];
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  connections.forEach((redis) => redis.client.disconnect());
  await server.stop();
});

function redisQueue(): RotationQueue {
  const shared = connectRedis(`redis://127.0.0.1:${server.port}`);
  connections.push(shared);
  return rotationQueueOn(shared);
}

describe.each([
  ["in memory", () => memoryRotationQueue()],
  ["in Redis", redisQueue],
])("pending rotations %s", (_, make) => {
  it("hands out only the jobs that are due, each once", async () => {
    const queue = make();
    const prefix = `${Math.random()}`.slice(2, 8);
    await queue.put(job(`${prefix}-a`, 1_000));
    await queue.put(job(`${prefix}-b`, 5_000));
    expect((await queue.takeDue(2_000, 10)).map((j) => j.keyId)).toEqual([`${prefix}-a`]);
    expect(await queue.takeDue(2_000, 10)).toEqual([]);
    expect(await queue.get(`${prefix}-b`)).toMatchObject({ dueAt: 5_000, phase: "rotate" });
    expect((await queue.takeDue(9_000, 10)).map((j) => j.keyId)).toEqual([`${prefix}-b`]);
    expect(await queue.get(`${prefix}-b`)).toBeNull();
  });

  it("keeps one job per key: putting it again moves it", async () => {
    const queue = make();
    const keyId = `${Math.random()}`.slice(2, 8);
    await queue.put(job(keyId, 60_000));
    await queue.put({ ...job(keyId, 1_000), trigger: "person" });
    const due = await queue.takeDue(2_000, 10);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ keyId, trigger: "person" });
  });
});

describe("pending rotations shared through Redis", () => {
  it("are seen by every instance, and a due one goes to one instance only", async () => {
    const first = redisQueue();
    const second = redisQueue();
    const keyId = `shared-${Math.random()}`.slice(0, 16);
    await first.put(job(keyId, 1_000));
    expect(await second.get(keyId)).toMatchObject({ keyId });
    const [a, b] = await Promise.all([first.takeDue(2_000, 10), second.takeDue(2_000, 10)]);
    expect([...a, ...b].filter((j) => j.keyId === keyId)).toHaveLength(1);
  });
});
