import { connect as connectTcp, isIP, type Socket } from "node:net";
import { connect as connectTls } from "node:tls";
import { DEFAULT_TIMEOUT_MS, error, ok, skip, value, type CheckResult, type DoctorOptions, type Source } from "./types";

/** A Redis command in RESP, the protocol's array-of-bulk-strings form. */
export function resp(...args: string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`;
}

export type PingOutcome = { ok: true } | { ok: false; reason: string; kind: "unreachable" | "auth" | "protocol" };

/** Connects, authenticates when the URL carries credentials, and sends PING. */
export function pingRedis(redisUrl: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<PingOutcome> {
  const url = new URL(redisUrl);
  const tls = url.protocol === "rediss:";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const port = Number(url.port || 6379);
  const password = decodeURIComponent(url.password);
  const username = decodeURIComponent(url.username);
  const commands = [
    ...(password ? [username ? resp("AUTH", username, password) : resp("AUTH", password)] : []),
    resp("PING"),
  ];

  return new Promise((resolve) => {
    const socket: Socket = tls
      ? connectTls({ host, port, ...(isIP(host) ? {} : { servername: host }) })
      : connectTcp({ host, port });
    let buffer = "";
    let answered = 0;
    const finish = (outcome: PingOutcome) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ ok: false, kind: "unreachable", reason: "no answer within the time limit" }),
      timeoutMs,
    );
    socket.once(tls ? "secureConnect" : "connect", () => socket.write(commands.join("")));
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end).replace(/\.$/, "");
        buffer = buffer.slice(end + 2);
        if (/^-(NOAUTH|WRONGPASS)|^-ERR.*(password|AUTH)/i.test(line))
          return finish({ ok: false, kind: "auth", reason: line.slice(1) });
        if (line.startsWith("-")) return finish({ ok: false, kind: "protocol", reason: line.slice(1) });
        answered += 1;
        if (answered === commands.length)
          return finish(
            line === "+PONG"
              ? { ok: true }
              : { ok: false, kind: "protocol", reason: `unexpected answer ${line.slice(0, 40)}` },
          );
      }
    });
    socket.on("error", (err: NodeJS.ErrnoException) =>
      finish({ ok: false, kind: "unreachable", reason: err.code ? `${err.code}: ${err.message}` : err.message }),
    );
  });
}

/** REDIS_URL holds the shared reveal limit: every instance must reach the same Redis. */
export async function checkRedis(source: Source, options: DoctorOptions = {}): Promise<CheckResult> {
  const id = "redis";
  const raw = value(source, "REDIS_URL");
  if (!raw) return skip(id, "REDIS_URL is not set: each instance counts reveals on its own (fine for one instance).");
  if (!/^rediss?:\/\//.test(raw) || !URL.canParse(raw)) return skip(id, "Redis not contacted: REDIS_URL is invalid.");
  const where = new URL(raw).host;
  const outcome = await pingRedis(raw, options.timeoutMs);
  if (outcome.ok) return ok(id, `Redis at ${where} answers PING.`);
  if (outcome.kind === "auth")
    return error(
      id,
      `Redis at ${where} refused: ${outcome.reason}.`,
      "Put the password (and user, for Redis ACLs) in the URL: redis://user:password@host:6379 (URL-encode special characters).",
    );
  if (outcome.kind === "protocol")
    return error(
      id,
      `${where} did not answer like Redis: ${outcome.reason}.`,
      "Check host and port; use rediss:// when the server requires TLS.",
    );
  return error(
    id,
    `Redis at ${where} is unreachable: ${outcome.reason}.`,
    "Check host, port and firewall; every KeyDesk instance must reach the same Redis.",
  );
}
