import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peerAddress, repairPath } from "./server-entry.mjs";

/** A stand-in for Next.js's server: it answers with the URL and headers it was handed. */
const ECHO_SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ url: req.url, headers: req.headers, raw: req.rawHeaders, argv: process.argv.slice(2) }));
});
server.listen(0, "127.0.0.1", () => console.log("PORT " + server.address().port));
`;

type Echo = { url: string; headers: Record<string, string>; raw: string[]; argv: string[] };

let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "keydesk-entry-"));
  writeFileSync(join(dir, "echo.cjs"), ECHO_SERVER);
  server = spawn(process.execPath, [resolve("server-entry.mts"), join(dir, "echo.cjs"), "--flag"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  port = await new Promise<number>((done) =>
    server.stdout?.on("data", (chunk: Buffer) => {
      const match = /PORT (\d+)/.exec(chunk.toString());
      if (match) done(Number(match[1]));
    }),
  );
});
afterAll(() => {
  server.kill();
});

/** A raw request: the path goes out byte for byte, as an attacker would send it. */
function send(path: string, headers: Record<string, string | string[]> = {}): Promise<Echo> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => done(JSON.parse(body) as Echo));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("server entry", () => {
  it("sets x-keydesk-peer from the socket and drops every forged copy", async () => {
    const forgeries: Record<string, string | string[]>[] = [
      { "x-keydesk-peer": "203.0.113.7" },
      { "X-KeyDesk-Peer": ["203.0.113.7", "198.51.100.1"] },
      { "x-keydesk-peer": "" },
    ];
    for (const forged of forgeries) {
      const echo = await send("/devices", forged);
      expect(echo.headers["x-keydesk-peer"]).toBe("127.0.0.1");
      const names = echo.raw.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase());
      expect(names.filter((name) => name === "x-keydesk-peer")).toHaveLength(1);
      expect(echo.raw).not.toContain("203.0.113.7");
    }
  });

  it("leaves X-Forwarded-For alone (TRUSTED_PROXY_HOPS decides what it is worth)", async () => {
    const echo = await send("/", { "x-forwarded-for": "198.51.100.1" });
    expect(echo.headers["x-forwarded-for"]).toBe("198.51.100.1");
  });

  it("hands undecodable paths on as literal text", async () => {
    expect((await send("/keys/%zz")).url).toBe("/keys/%25zz");
    expect((await send("/devices/%c0%ae?x=%zz")).url).toBe("/devices/%25c0%25ae?x=%zz");
  });

  it("starts the server with the arguments it would have had", async () => {
    expect((await send("/")).argv).toEqual(["--flag"]);
  });
});

describe("repairPath", () => {
  it.each([
    ["/keys/%zz", "/keys/%25zz"],
    ["/keys/%", "/keys/%25"],
    ["/keys/%2", "/keys/%252"],
    ["/devices/%c0%ae", "/devices/%25c0%25ae"],
    ["/keys/%ff/x", "/keys/%25ff/x"],
    ["/a/%e2%82/b%41", "/a/%25e2%2582/b%41"],
  ])("escapes %s", (input, expected) => expect(repairPath(input)).toBe(expected));

  it.each(["/", "/keys/4290b6c0-b17a-497a-8552-272cc30e80d4", "/help/%C3%A9", "/?keyId=%zz", "*", "http://x/%zz"])(
    "keeps %s",
    (input) => expect(repairPath(input)).toBe(input),
  );

  it("makes every path decodable", () => {
    for (const path of ["/%", "/%%", "/%zz%41", "/%c0%ae%c0%ae", "/%ed%a0%80", "/a%2/b%"])
      expect(() => decodeURIComponent(repairPath(path))).not.toThrow();
  });
});

describe("peerAddress", () => {
  it("writes IPv4-mapped IPv6 addresses as IPv4", () => {
    expect(peerAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(peerAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(peerAddress(undefined)).toBeUndefined();
  });
});
