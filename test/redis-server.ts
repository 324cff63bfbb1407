import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export type RedisServer = { port: number; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

/** A throw-away redis-server (Debian's /usr/bin/redis-server) on a free port, without persistence. */
export async function startRedisServer(options: { password?: string } = {}): Promise<RedisServer> {
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  if (options.password) args.push("--requirepass", options.password);
  const child = spawn("/usr/bin/redis-server", args, { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((ready, fail) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) ready();
    });
    child.once("exit", (code) => fail(new Error(`redis-server exited with ${code}: ${output}`)));
  });
  return {
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
