import "server-only";
import { connect } from "node:net";
import { withDeadline } from "@/lib/deadline";
import { env } from "@/lib/env";

export type Check = { name: string; ok: boolean; detail?: string };

async function reachable(url: string): Promise<Check> {
  try {
    const res = await withDeadline(3000, async (signal) => {
      const answer = await fetch(url, { cache: "no-store", signal });
      await answer.body?.cancel();
      return answer;
    });
    return { name: "issuer", ok: res.ok, ...(res.ok ? {} : { detail: `HTTP ${res.status}` }) };
  } catch (error) {
    return { name: "issuer", ok: false, detail: error instanceof Error ? error.message : "unreachable" };
  }
}

function redisPing(redisUrl: string): Promise<Check> {
  const url = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379), timeout: 2000 });
    const done = (ok: boolean, detail?: string) => {
      socket.destroy();
      resolve({ name: "redis", ok, ...(detail ? { detail } : {}) });
    };
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(/^\+PONG|^-NOAUTH/.test(data.toString()), undefined));
    socket.on("timeout", () => done(false, "timeout"));
    socket.on("error", (error) => done(false, error.message));
  });
}

/** Can this instance serve sign-ins right now? Configuration, the identity provider, Redis if used. */
export async function readiness(): Promise<Check[]> {
  let e;
  try {
    e = env();
  } catch {
    return [{ name: "configuration", ok: false }];
  }
  const checks = [reachable(`${e.AUTH_MICROSOFT_ENTRA_ID_ISSUER}/.well-known/openid-configuration`)];
  if (e.REDIS_URL) checks.push(redisPing(e.REDIS_URL));
  return [{ name: "configuration", ok: true }, ...(await Promise.all(checks))];
}
