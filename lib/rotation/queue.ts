import "server-only";
import { processGlobal } from "@/lib/process-global";
import { sharedRedis, type SharedRedis } from "@/lib/store/redis";

/** Who read the key whose rotation this is: the audit events of the rotation name them. */
export type RotationActor = { objectId: string; userPrincipalName: string; tenantId: string };

/**
 * A key that was shown and is to be replaced: first Intune is asked to rotate (`rotate`), then
 * the device's key list is watched for the new key (`watch`). Holds Key IDs and times only.
 */
export type RotationJob = {
  keyId: string;
  /** The Entra `deviceId` the key belongs to, as Graph named it when the key was read. */
  deviceId: string;
  actor: RotationActor;
  phase: "rotate" | "watch";
  /** When to act next (ms since epoch). */
  dueAt: number;
  /**
   * What started the rotation: the person ("I'm back in Windows"), a help-desk agent after the
   * call, or the delay running out.
   */
  trigger: "person" | "helpdesk" | "delay";
  /** When Intune accepted the request (ms), in the watch phase. */
  requestedAt?: number;
  /** Tries so far in this phase. */
  attempts: number;
};

export type RotationQueue = {
  /** Adds or replaces the job of this key. */
  put(job: RotationJob): Promise<void>;
  get(keyId: string): Promise<RotationJob | null>;
  /** Removes and returns up to `limit` jobs due at `now`; with Redis each goes to one instance only. */
  takeDue(now: number, limit: number): Promise<RotationJob[]>;
};

/** The part of an ioredis client the shared queue uses. */
export type RotationStore = {
  zadd(key: string, score: number, member: string): Promise<unknown>;
  zrangebyscore(
    key: string,
    min: number,
    max: number,
    limit: "LIMIT",
    offset: number,
    count: number,
  ): Promise<string[]>;
  zrem(key: string, member: string): Promise<number>;
  hset(key: string, field: string, value: string): Promise<unknown>;
  hget(key: string, field: string): Promise<string | null>;
  hdel(key: string, field: string): Promise<unknown>;
};

const DUE = "keydesk:rotation:due";
const JOBS = "keydesk:rotation:jobs";

/** Pending rotations in Redis: every instance sees them, and a restart loses none. */
export function redisRotationQueue(store: RotationStore): RotationQueue {
  return {
    async put(job) {
      await store.hset(JOBS, job.keyId, JSON.stringify(job));
      await store.zadd(DUE, job.dueAt, job.keyId);
    },
    async get(keyId) {
      const raw = await store.hget(JOBS, keyId);
      return raw ? (JSON.parse(raw) as RotationJob) : null;
    },
    async takeDue(now, limit) {
      const taken: RotationJob[] = [];
      for (const keyId of await store.zrangebyscore(DUE, 0, now, "LIMIT", 0, limit)) {
        // Whoever removes it from the due set owns it: another instance may be looking too.
        if ((await store.zrem(DUE, keyId)) !== 1) continue;
        const raw = await store.hget(JOBS, keyId);
        await store.hdel(JOBS, keyId);
        if (raw) taken.push(JSON.parse(raw) as RotationJob);
      }
      return taken;
    },
  };
}

/** Pending rotations of this instance only (no REDIS_URL): a restart or another instance loses them. */
export function memoryRotationQueue(): RotationQueue {
  const jobs = new Map<string, RotationJob>();
  return {
    async put(job) {
      jobs.set(job.keyId, job);
    },
    async get(keyId) {
      return jobs.get(keyId) ?? null;
    },
    async takeDue(now, limit) {
      const due = [...jobs.values()].filter((job) => job.dueAt <= now).slice(0, limit);
      for (const job of due) jobs.delete(job.keyId);
      return due;
    },
  };
}

/** The queue on a Redis connection made as the shared one is (each command waits for it to be ready). */
export function rotationQueueOn({ client, ready }: SharedRedis): RotationQueue {
  return redisRotationQueue({
    zadd: async (...args) => (await ready, client.zadd(...args)),
    zrangebyscore: async (...args) => (await ready, client.zrangebyscore(...args)),
    zrem: async (...args) => (await ready, client.zrem(...args)),
    hset: async (...args) => (await ready, client.hset(...args)),
    hget: async (...args) => (await ready, client.hget(...args)),
    hdel: async (...args) => (await ready, client.hdel(...args)),
  });
}

/** This process's queue: shared through Redis when REDIS_URL is set (the pages and the worker are separate bundles). */
export function rotationQueue(): RotationQueue {
  return processGlobal("rotation-queue", () => {
    const shared = sharedRedis();
    return shared ? rotationQueueOn(shared) : memoryRotationQueue();
  });
}
