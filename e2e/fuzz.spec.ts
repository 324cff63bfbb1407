import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { captureActions, emulator, expect, signIn, test } from "./fixtures";
import { PORTAL_PORT } from "./ports";
import { BROKEN_PERCENT_ENCODINGS, PROTOTYPE_KEYS as OBJECT_PROTOTYPE_KEYS } from "../test/prototype-keys";

const MEGAN = "megan.bowen@contoso.example";

/** Deterministic hostile inputs: the same list every run, so a failure can be replayed. */
function hostileValues(): string[] {
  const fixed = [
    "",
    " ",
    "'",
    "' or 1 eq 1",
    "x' or deviceId ne '",
    "deviceId eq 'x' or true",
    "%27%20or%201%20eq%201",
    "../../me",
    "..%2f..%2fme",
    "%2e%2e%2f%2e%2e%2fme",
    "/etc/passwd",
    "..\\..\\windows",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{7*7}}",
    "${7*7}",
    "\u0000",
    "a\u0000b",
    "\r\nSet-Cookie: x=1",
    "\u202e4290B6C0",
    "４２９０Ｂ６Ｃ０",
    "4290B6C0\u200b",
    "🔑🔑🔑🔑🔑🔑🔑🔑",
    "4290B6C0-B17A-497A-8552-272CC30E80D4-EXTRA",
    "{4290B6C0-B17A-497A-8552-272CC30E80D4}",
    "4290B6C0;DROP TABLE keys",
    "$filter=deviceId ne null",
    "?$select=key",
    "#",
    "%",
    "%%",
    "%zz",
    "null",
    "undefined",
    "[]",
    "{}",
    "0x4290B6C0",
    "4290b6c0-b17a-497a-8552-272cc30e80d4/../../me",
    "4290b6c0-b17a-497a-8552-272cc30e80d4?$select=key",
  ];
  let seed = 0x5eed;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const alphabet = "0123456789abcdefABCDEFghxyz-{} '\"<>/\\%?#&=;:.,!@$^*()[]|`~\u00e9\u4e2d\u0000\n\t";
  const generated = Array.from({ length: 110 }, (_, i) => {
    const length = i % 11 === 0 ? 300 + Math.floor(random() * 2000) : 1 + Math.floor(random() * 48);
    return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  });
  return [...fixed, ...generated];
}

const GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ALLOWED_CALLS = [
  new RegExp(`^/v1\\.0/me/(ownedDevices|registeredDevices)/microsoft\\.graph\\.device\\?\\$select=[\\w,]+$`),
  new RegExp(`^/v1\\.0/informationProtection/bitlocker/recoveryKeys\\?\\$filter=deviceId eq '${GUID}'$`),
  new RegExp(
    `^/v1\\.0/informationProtection/bitlocker/recoveryKeys/${GUID}(\\?\\$select=key,deviceId,volumeType,createdDateTime)?$`,
  ),
  new RegExp(
    `^/v1\\.0/(me/ownedDevices/microsoft\\.graph\\.device|me/registeredDevices/microsoft\\.graph\\.device|informationProtection/bitlocker/recoveryKeys)\\?.*\\$skiptoken=`,
  ),
];

test("hundreds of hostile values never cause a 5xx and never reach Graph unvalidated", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, MEGAN, "/help");
  const values = hostileValues();
  expect(values.length).toBeGreaterThanOrEqual(150);

  for (const value of values) {
    const lookup = await page.request.get(`/?keyId=${encodeURIComponent(value)}`, { maxRedirects: 0 });
    expect(lookup.status(), `keyId=${JSON.stringify(value)}`).toBeLessThan(500);
    if (lookup.status() === 200 && value.trim()) {
      expect(await lookup.text()).toMatch(/id="keyId-error"|No key of yours matches|keys match/);
    }
    for (const path of [`/keys/${encodeURIComponent(value)}`, `/devices/${encodeURIComponent(value)}`]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${path}`).toBeLessThan(500);
    }
  }

  const calls = await emulator.calls(MEGAN);
  const unexpected = calls
    .map((c) => decodeURIComponent(`${c.path}?${c.query}`).replace(/\?$/, ""))
    .filter((call) => !ALLOWED_CALLS.some((shape) => shape.test(call)));
  expect(unexpected).toEqual([]);
});

/** How many payloads each class got, printed for the record (docs/security.md quotes them). */
function report(item: string, count: number, fiveHundreds: number) {
  console.log(`fuzz ${item}: ${count} payloads, ${fiveHundreds} answers >= 500`);
}

/** Object.prototype's names, and a few more that plain objects answer or frameworks treat specially. */
const PROTOTYPE_KEYS = [...OBJECT_PROTOTYPE_KEYS, "prototype", "length", "default"];

/** Every way a path can be dressed up to leave the origin after sign-in. */
function redirectPayloads(): string[] {
  const hosts = ["evil.example", "evil.example/x?y=1", "127.0.0.1:1", "[::1]"];
  const lead = [
    "//",
    "/\\",
    "\\\\",
    "/.//",
    "/..//",
    "/x/..//",
    "/././/",
    "/%2e//",
    "/%2e%2e//",
    "/%2F%2F",
    "%2F%2F",
    "/%5C",
    "/%5c%5c",
    "/%09/",
    "/%0a/",
    "/%0d%0a/",
    "/\t/",
    "/ /",
    "%2F.%2F%2F",
    "/%252F%252F",
    "///",
    "/\\/",
    "https://",
    "http:",
    "javascript:",
    "JaVaScRiPt:",
    "data:text/html,",
    "/%E3%80%82/",
    "／／",
  ];
  return lead.flatMap((prefix) => hosts.map((host) => `${prefix}${host}`));
}

test("callback URLs: no encoding of a path leaves the portal after sign-in", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "alex.wilber@contoso.example", "/devices");
  const origin = new URL(page.url()).origin;
  const payloads = redirectPayloads();
  let errors = 0;
  for (const payload of payloads) {
    for (const encoded of [payload, encodeURIComponent(payload)]) {
      const response = await page.request.get(`/signin?callbackUrl=${encoded}`, { maxRedirects: 0 });
      if (response.status() >= 500) errors++;
      const location = response.headers()["location"] ?? "";
      expect(location, encoded).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, origin).origin, encoded).toBe(origin);
    }
  }
  report("item 1 (callback URL)", payloads.length * 2, errors);
  expect(errors).toBe(0);
});

test("tables indexed by input: Object's own names in every parameter, cookie and header give a normal answer", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const values = [...PROTOTYPE_KEYS, ...hostileValues().slice(0, 40)];
  const pages = (value: string) => {
    const v = encodeURIComponent(value);
    return [
      `/signin?error=${v}`,
      `/signin?reason=${v}&signedOut=${v}`,
      `/help/cant-find-key?step=${v}&path=${v}`,
      `/help/unlock-recovery-screen?step=${v}&from=${v}&drive=${v}`,
      `/help/reason-codes?code=${v}`,
      `/it/lockout-screen?option=${v}&message=${v}&url=${v}`,
    ];
  };
  let count = 0;
  let errors = 0;
  for (const value of values) {
    for (const path of pages(value)) {
      const response = await page.request.get(path, {
        maxRedirects: 0,
        headers: {
          "accept-language": value.replace(/[^\x20-\x7e]/g, "") || "x",
          cookie: `keydesk-locale=${encodeURIComponent(value)}`,
        },
      });
      count++;
      if (response.status() >= 500) errors++;
      expect(response.status(), path).toBeLessThan(500);
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  }
  report("item 6 (own-property lookups)", count, errors);
});

test("broken percent-encoding anywhere: 4xx with the normal page and headers, never a 500", async ({ page }) => {
  test.setTimeout(240_000);
  const broken = BROKEN_PERCENT_ENCODINGS;
  const routes = ["/keys/", "/devices/", "/", "/help/", "/it/", "/signin/", "/api/", "/x/y/"];
  let count = 0;
  let errors = 0;
  for (const signedIn of [false, true]) {
    if (signedIn) await signIn(page, "alex.wilber@contoso.example", "/devices");
    for (const route of routes) {
      for (const segment of broken) {
        const response = await page.request.get(`${route}${segment}`, { maxRedirects: 0 });
        count++;
        if (response.status() >= 500) errors++;
        expect(response.status(), `${route}${segment}`).toBeLessThan(500);
        expect(response.headers()["x-content-type-options"], `${route}${segment}`).toBe("nosniff");
        if ((response.headers()["content-type"] ?? "").includes("text/html"))
          expect(response.headers()["content-security-policy"], `${route}${segment}`).toContain("frame-ancestors");
      }
    }
  }
  report("item 6 (percent-encoding)", count, errors);
});

test("malformed server-action requests: 400, never a 500, nothing echoed into the log", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "alex.wilber@contoso.example", "/devices");
  const html = await (await page.request.get("/devices")).text();
  const id = /\\?"id\\?":\\?"([0-9a-f]{42})/.exec(html)?.[1] ?? "";
  // A real action of this build (the language form's), so Next.js's own decoding is exercised too.
  expect(id).toMatch(/^[0-9a-f]{42}$/);
  const marker = "FUZZMARK";
  const bodies = [
    ...hostileValues().map((v) => `${marker}${v}`),
    "",
    "{}",
    "1",
    '"x"',
    "null",
    "[",
    "[1,",
    '["$"]',
    '["$1"]',
    '["$@1"]',
    '["$F1"]',
    '["$h1"]',
    '["$Q1"]',
    '["$W1"]',
    '["$K1"]',
    '["$i1"]',
    '["$A1"]',
    '["$R1"]',
    '["$X1"]',
    '["$n"]',
    '["$nx"]',
    '["$Z"]',
    `[${"[".repeat(200)}]`,
  ];
  const ids = ["", "0", "x".repeat(42), `${id}0`, id.toUpperCase(), `${id.slice(0, 41)}\u00e9`, "../../etc", "%00"];
  const types = [
    "text/plain;charset=UTF-8",
    "application/json",
    "multipart/form-data",
    "multipart/form-data; boundary=z",
    "application/octet-stream",
  ];
  let count = 0;
  let errors = 0;
  const post = async (headers: Record<string, string>, data: string) => {
    const response = await page.request.post("/devices", {
      headers: { origin: new URL(page.url()).origin, ...headers },
      data,
      maxRedirects: 0,
    });
    count++;
    if (response.status() >= 500) errors++;
    expect(response.status(), `${JSON.stringify(headers)} ${data.slice(0, 40)}`).toBeLessThan(500);
  };
  for (const data of bodies) await post({ "next-action": id, "content-type": types[count % types.length]! }, data);
  for (const actionId of ids) await post({ "next-action": actionId, "content-type": "text/plain" }, "[]");
  for (const data of bodies.slice(0, 40)) await post({ "content-type": "multipart/form-data; boundary=z" }, data);
  report("item 6 (server-action bodies)", count, errors);
  const log = readFileSync(resolve(`.emulator/portal-${PORTAL_PORT}.log`), "utf8");
  expect(log).not.toContain(marker);
});

test("security headers: any address, signed in or not, carries them", async ({ page }) => {
  test.setTimeout(240_000);
  const names = [
    "x.png",
    "x.svg",
    "x.ico",
    "x.webmanifest",
    "x.js",
    "x.css",
    "x.txt",
    "x.json",
    "x.map",
    "x.xml",
    "robots.txt",
    "sitemap.xml",
    "favicon.ico",
    "apple-touch-icon.png",
    "manifest.webmanifest",
    "icon.svg",
    "a/b.png",
    "keys/x.png",
    "devices/x.svg",
    "_next/x.png",
    "api/x.png",
    ".well-known/x",
    "api/signout/x",
  ];
  let count = 0;
  let errors = 0;
  for (const signedIn of [false, true]) {
    if (signedIn) await signIn(page, "alex.wilber@contoso.example", "/devices");
    for (const name of names) {
      const response = await page.request.get(`/${name}`, { maxRedirects: 0 });
      count++;
      if (response.status() >= 500) errors++;
      const headers = response.headers();
      expect(headers["x-content-type-options"], name).toBe("nosniff");
      if ((headers["content-type"] ?? "").includes("text/html")) {
        expect(headers["content-security-policy"], name).toContain("frame-ancestors 'none'");
        expect(headers["x-frame-options"], name).toBe("DENY");
      }
    }
  }
  report("item 7 (headers)", count, errors);
  expect(errors).toBe(0);
});

test("the help-desk form: hostile values in every field never reach a URL, never echo key digits, never 5xx", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto("/help/cant-find-key?step=handoff&path=work");
  const sent = await captureActions(page, "**/help/cant-find-key**");
  await page.getByRole("textbox", { name: "Name of the PC" }).fill("FUZZ-DEVICE");
  await page.getByRole("button", { name: "Create the message" }).click();
  await expect(page.locator("pre")).toContainText("FUZZ-DEVICE");
  const { headers, body } = sent[0]!;
  const key = "013574-720885-000000-000462-109989-330000-135795-597531";
  const blocks = key.split("-");
  const keyLike = [
    ..."–—−‐‑:+|/\\ .,;_~*#\u00a0\u3000\t".split("").map((sep) => blocks.join(sep)),
    key.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    `${blocks[0]}${blocks[1]}`,
    "x".repeat(20_000),
  ];
  const values = [...hostileValues(), ...keyLike];
  let count = 0;
  let errors = 0;
  /** The captured multipart body with one form field's value replaced (React prefixes the names). */
  const setField = (data: string, field: string, value: string) =>
    data.replace(new RegExp(`(name="[^"]*_${field}"\r\n\r\n)[^\r]*`), (_, head: string) => `${head}${value}`);
  for (const field of ["name", "email", "device", "keyId"]) expect(body).toMatch(new RegExp(`name="[^"]*_${field}"`));
  for (const value of values) {
    for (const field of ["name", "email", "device", "keyId"]) {
      const data = setField(setField(body, "device", "PC-1"), field, value);
      const response = await page.request.post(page.url(), { headers, data, maxRedirects: 0 });
      count++;
      if (response.status() >= 500) errors++;
      expect(response.status(), `${field}=${JSON.stringify(value.slice(0, 40))}`).toBeLessThan(500);
      expect(response.headers()["location"], field).toBeUndefined();
      const text = await response.text();
      for (const block of ["720885", "109989", "135795", "597531"])
        expect(text, `${field} echoed a key block`).not.toContain(block);
    }
  }
  report("item 4 (help-desk form)", count, errors);
});
