import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connectRedis, type SharedRedis } from "@/lib/store/redis";
import { startRedisServer, type RedisServer } from "@/test/redis-server";
import { redisCheck } from "./readiness";

const PASSWORD = "s3cret-redis-password";
let open: RedisServer;
let locked: RedisServer;
const connections: SharedRedis[] = [];

const checkFor = async (url: string) => {
  const redis = connectRedis(url);
  connections.push(redis);
  return redisCheck(redis);
};

beforeAll(async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  [open, locked] = await Promise.all([startRedisServer(), startRedisServer({ password: PASSWORD })]);
});
afterAll(async () => {
  connections.forEach((redis) => redis.client.disconnect());
  await Promise.all([open?.stop(), locked?.stop()]);
  vi.restoreAllMocks();
});

describe("readiness: Redis through the shared connection", () => {
  it("is ready when Redis answers PONG", async () => {
    expect(await checkFor(`redis://127.0.0.1:${open.port}`)).toEqual({ name: "redis", ok: true });
  });

  it("logs in with the credentials in REDIS_URL", async () => {
    expect(await checkFor(`redis://:${PASSWORD}@127.0.0.1:${locked.port}`)).toEqual({ name: "redis", ok: true });
    expect(await checkFor(`redis://default:${PASSWORD}@127.0.0.1:${locked.port}`)).toMatchObject({ ok: true });
  });

  it("is not ready when Redis asks for a password it was not given (-NOAUTH)", async () => {
    expect(await checkFor(`redis://127.0.0.1:${locked.port}`)).toMatchObject({ name: "redis", ok: false });
  });

  it("is not ready with a wrong password", async () => {
    expect(await checkFor(`redis://:wrong@127.0.0.1:${locked.port}`)).toMatchObject({ name: "redis", ok: false });
  });

  it("is not ready, and does not hang, when nothing listens", async () => {
    const gone = await startRedisServer();
    await gone.stop();
    expect(await checkFor(`redis://127.0.0.1:${gone.port}`)).toMatchObject({ name: "redis", ok: false });
  });
});
