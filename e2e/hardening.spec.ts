import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { APIResponse } from "@playwright/test";
import { expect, revealAndCapture, seed, signIn, test } from "./fixtures";
import { EMULATOR_PORT, PORTAL_PORT } from "./ports";

const ALEX = "alex.wilber@contoso.example";
const ORIGIN = `http://localhost:${PORTAL_PORT}`;
const contoso = seed.tenants.find((t) => t.domain === "contoso.example")!;
const device = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
const desktopKey = contoso.recoveryKeys.find((k) => k.deviceId === device("ADELE-DESKTOP").deviceId)!;

/** The portal's output, audit events included (playwright.config.ts writes it there). */
const portalLog = () => readFileSync(resolve(`.emulator/portal-${PORTAL_PORT}.log`), "utf8");
const auditEvents = () =>
  portalLog()
    .split("\n")
    .filter((line) => line.includes('"keydesk.audit"'))
    .map((line) => JSON.parse(line) as Record<string, unknown> & { client: { ip: string; userAgent: string } });

/** The header set every HTML page carries. */
function expectPageHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
}

/** Callback values that must never leave the portal (item 1); each is sent as the raw query value. */
export const REDIRECT_PAYLOADS = [
  "/.//evil.example",
  "/..//evil.example/x",
  "/x/..//evil.example",
  "%2F.%2F%2Fevil.example",
  "%2F%2E%2F%2Fevil.example",
  "/%2e//evil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "/x/%2e%2e/%2fevil.example",
  "/%252F%252Fevil.example",
];

test.describe("open redirects after sign-in", () => {
  test("a signed-in person is only ever sent to a path on this portal", async ({ page }) => {
    await signIn(page, ALEX, "/devices");
    for (const payload of REDIRECT_PAYLOADS) {
      const response = await page.request.get(`/signin?callbackUrl=${payload}`, { maxRedirects: 0 });
      expect(response.status(), payload).toBeLessThan(400);
      const location = response.headers()["location"] ?? "";
      expect(location, payload).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, ORIGIN).origin, payload).toBe(ORIGIN);
    }
  });
});

test.describe("audit events carry what Graph and the session say", () => {
  test("a forged device, reason and X-Forwarded-For in the reveal are not recorded", async ({ page }) => {
    const { headers, body } = await revealAndCapture(page);
    const marker = `audit-forgery-${Date.now()}`;
    const forged = body.replace(
      `"keyId":"${desktopKey.id}"`,
      `"keyId":"${desktopKey.id}","deviceId":"${device("MEGAN-LAPTOP").deviceId}","reason":"FORGED-REASON"`,
    );
    expect(forged).toContain("FORGED-REASON");
    const response = await page.request.post(`/keys/${desktopKey.id}`, {
      headers: { ...headers, "user-agent": marker, "x-forwarded-for": "203.0.113.99", "x-real-ip": "203.0.113.98" },
      data: forged,
    });
    expect(response.status()).toBe(200);
    await expect.poll(() => auditEvents().filter((e) => e.client.userAgent === marker).length).toBe(1);
    const event = auditEvents().find((e) => e.client.userAgent === marker)!;
    expect(event).toMatchObject({
      outcome: "success",
      target: { keyId: desktopKey.id, deviceId: device("ADELE-DESKTOP").deviceId },
    });
    expect(event).not.toHaveProperty("reason");
    expect(["127.0.0.1", "::1"]).toContain(event.client.ip);
  });
});

test.describe("input that once caused a 500", () => {
  test("a sign-in error named like an Object property gets the normal message", async ({ request }) => {
    for (const error of ["toString", "__proto__", "constructor", "valueOf", "hasOwnProperty", "isPrototypeOf"]) {
      const response = await request.get(`/signin?error=${error}`);
      expect(response.status(), error).toBe(200);
      expectPageHeaders(response);
      expect(await response.text()).toContain("Sign-in did not complete.");
    }
  });

  test("broken percent-encoding in a signed-in address gets the not-found page with every header", async ({ page }) => {
    await signIn(page, ALEX, "/devices");
    for (const path of ["/keys/%zz", "/keys/%", "/devices/%c0%ae", "/keys/%E0%A4%A", "/devices/%ff%fe"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expectPageHeaders(response);
      expect(await response.text(), path).toContain("Page not found");
    }
  });

  test("a malformed server-action request is refused with 400, and nothing of it reaches the log", async ({ page }) => {
    const { headers } = await revealAndCapture(page);
    const marker = `BODYMARKER${Date.now()}`;
    const bodies = [
      `${marker}{{{not json`,
      `{"${marker}":1}`,
      `["$@${marker}"]`,
      `["$1","${marker}"]`,
      `["$n${marker}"]`,
      "",
    ];
    for (const data of bodies) {
      const response = await page.request.post(`/keys/${desktopKey.id}`, { headers, data });
      expect(response.status(), data).toBe(400);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
    for (const [contentType, data] of [
      [
        "multipart/form-data; boundary=x",
        `--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n${marker}{\r\n--x--\r\n`,
      ],
      ["multipart/form-data", marker],
    ] as const) {
      const response = await page.request.post(`/keys/${desktopKey.id}`, {
        headers: { ...headers, "content-type": contentType },
        data,
      });
      expect(response.status(), contentType).toBe(400);
    }
    for (const id of ["00", `${marker}`, "0".repeat(43)]) {
      const response = await page.request.post(`/keys/${desktopKey.id}`, {
        headers: { ...headers, "next-action": id },
        data: "[]",
      });
      expect(response.status(), id).toBe(400);
    }
    expect(portalLog()).not.toContain(marker.slice(0, 10));
  });
});

test.describe("security headers on every response", () => {
  test("a signed-in 404 at any address, the icon and the sign-out route carry their headers", async ({ page }) => {
    await signIn(page, ALEX, "/devices");
    for (const path of ["/anything.png", "/x.svg", "/favicon.ico", "/site.webmanifest", "/a/b.png"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expectPageHeaders(response);
    }
    const icon = await page.request.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expectPageHeaders(icon);

    const html = await (await page.request.get("/devices")).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const script = await page.request.get(asset!);
    expect(script.status()).toBe(200);
    expect(script.headers()["x-content-type-options"]).toBe("nosniff");
    const missing = await page.request.get("/_next/static/chunks/missing.js");
    expect(missing.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("the sign-out route's redirect carries nosniff, framing and CSP headers", async ({ request }) => {
    const response = await request.post("/api/signout", { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});

test.describe("the For IT pages of a portal without AUTH_URL", () => {
  test("say AUTH_URL is missing and never print the forwarded host", async ({ request }) => {
    // A second server from the same build, configured as an operator who relies on
    // AUTH_TRUST_HOST behind a proxy: no AUTH_URL. It listens on the port after the suite's.
    const port = PORTAL_PORT + 1;
    const standalone = resolve(".next/standalone");
    const server = spawn(process.execPath, [resolve("server-entry.mts"), join(standalone, "server.js")], {
      cwd: standalone,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOSTNAME: "localhost",
        AUTH_URL: "",
        AUTH_TRUST_HOST: "1",
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        AUTH_MICROSOFT_ENTRA_ID_ID: seed.application.clientId,
        AUTH_MICROSOFT_ENTRA_ID_SECRET: seed.application.clientSecret,
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://localhost:${EMULATOR_PORT + 1}/common/v2.0`,
        GRAPH_BASE_URL: `https://localhost:${EMULATOR_PORT + 2}`,
        NODE_EXTRA_CA_CERTS: resolve(`.emulator/ca-${EMULATOR_PORT}.pem`),
      },
    });
    try {
      const origin = `http://localhost:${port}`;
      await expect
        .poll(async () => (await request.get(`${origin}/api/health`).catch(() => null))?.status(), { timeout: 30_000 })
        .toBe(200);
      const forwarded = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
      for (const path of ["/it/register-app", "/it/lockout-screen"]) {
        const response = await request.get(`${origin}${path}`, { headers: forwarded });
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        expect(html, path).not.toContain("evil.example");
        expect(html, path).toContain("AUTH_URL is not set, so KeyDesk does not know its public address");
        expect(html, path).toContain("https://keys.example.com");
      }
    } finally {
      server.kill();
    }
  });
});
