import type { APIResponse } from "@playwright/test";
import { PROTOTYPE_KEYS } from "../test/prototype-keys";
import { emulator, expect, signIn, test } from "./fixtures";
import {
  answerOf,
  callAction,
  CHECKS,
  consoleActions,
  desktopKey,
  device,
  expectHeaders,
  expectNoKey,
  fabrikam,
  foreignKey,
  HELPDESK_ADMINISTRATOR,
  hostileText,
  NOWHERE,
  ORIGIN,
  PATTI,
  portalLog,
  report,
  search,
  setRoles,
  signedIn,
  ticketNumber,
  validReveal,
} from "./helpdesk-console";
import { PORTAL_PORT } from "./ports";

/*
 * The help-desk console as an outside tester attacks it: hostile values in every field of its
 * server actions, its actions replayed by people who are not agents, log injection through what
 * an agent types, and a pass over redirects, cookies, caching, CSRF and framing. Payloads go as
 * API requests in batches (one browser sign-in per person), and each class prints its count.
 */

test.describe("the console's actions under hostile input, as an agent", () => {
  test("search: every class of hostile text in both boxes gets a normal answer, and only validated queries reach Graph", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const actions = await consoleActions(page);
    const marker = `HDSEARCH${Date.now()}`;
    const since = (await emulator.calls(PATTI)).length;
    let total = 0;
    let errors = 0;
    for (const [name, values] of Object.entries(hostileText(marker))) {
      let count = 0;
      for (const value of values) {
        for (const fields of [
          { keyId: value, who: "" },
          { keyId: "", who: value },
          { keyId: value, who: value },
        ]) {
          const response = await search(page.request, actions.search, fields);
          count++;
          if (response.status() >= 500) errors++;
          const label = `${name}: ${JSON.stringify(fields).slice(0, 60)}`;
          expect(response.status(), label).toBeLessThan(500);
          expectHeaders(response, label);
          expect(response.headers()["cache-control"], label).toContain("no-store");
          expectNoKey(await response.text(), label);
        }
      }
      // Duplicated fields, missing fields and fields the form does not have.
      report(`search (${name})`, count, 0);
      total += count;
    }
    const odd: Record<string, string>[] = [
      {},
      { keyId: "x" },
      { who: "y" },
      { keyId: desktopKey.id, extra: "1", deviceId: NOWHERE },
    ];
    for (const fields of odd) {
      const response = await search(page.request, actions.search, fields);
      total++;
      expect(response.status()).toBeLessThan(500);
    }
    const duplicated = await page.request.post("/helpdesk", {
      headers: { "next-action": actions.search, origin: ORIGIN, "content-type": "multipart/form-data; boundary=z" },
      data: ["0", "1_keyId", "1_keyId", "1_who"]
        .map(
          (n, i) =>
            `--z\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${i === 0 ? '[{"status":"idle"},"$K1"]' : i === 1 ? "%zz" : "ADELE'"}\r\n`,
        )
        .join("")
        .concat("--z--\r\n"),
      maxRedirects: 0,
    });
    total++;
    expect(duplicated.status()).toBeLessThan(500);
    // Arguments that are not a form at all (this once failed with a 500).
    for (const args of [[{ status: "idle" }, {}], [{ status: "idle" }, "who"], [], [null, null], ["$undefined", 1]]) {
      const response = await callAction(page.request, actions.search, args);
      total++;
      if (response.status() >= 500) errors++;
      expect(response.status(), JSON.stringify(args)).toBeLessThan(500);
      expect(answerOf(await response.text())).toContain("invalid");
    }
    report("search (all, with wrong shapes)", total, errors);
    expect(errors).toBe(0);

    // Graph saw only the console's own query shapes, every OData string properly quoted.
    const GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    const SHAPES = [
      // The one string the agent types that reaches Graph: quoted, with every quote in it doubled.
      /^\/v1\.0\/devices\?\$filter=startswith\(displayName,'(?:[^']|'')*'\)&[^']*$/,
      new RegExp(`^/v1\\.0/devices\\?\\$filter=deviceId eq '${GUID}'&\\$select=[\\w,]+$`),
      new RegExp(`^/v1\\.0/devices/${GUID}/(registeredOwners|registeredUsers)\\?\\$select=[\\w,]+$`),
      new RegExp(`^/v1\\.0/users/[^/?]+\\?\\$select=[\\w,]+$`),
      new RegExp(`^/v1\\.0/users/${GUID}/(ownedDevices|registeredDevices)\\?\\$select=[\\w,]+$`),
      new RegExp(`^/v1\\.0/informationProtection/bitlocker/recoveryKeys\\?\\$filter=deviceId eq '${GUID}'$`),
      new RegExp(`^/v1\\.0/informationProtection/bitlocker/recoveryKeys/${GUID}(\\?\\$select=[\\w,]+)?$`),
      // Her own pages, and the other help-desk journeys that run beside this one.
      /^\/v1\.0\/me(\/[\w.]+)*(\?[^']*)?$/,
    ];
    const calls = (await emulator.calls(PATTI)).slice(since);
    const unexpected = calls
      .map((c) => decodeURIComponent(`${c.path}?${c.query}`).replace(/\?$/, ""))
      .filter((call) => !SHAPES.some((shape) => shape.test(call)));
    expect(unexpected).toEqual([]);
    expect(portalLog()).not.toContain(marker);
  });

  test("reveal and rotation: forged, missing, extra, duplicated and mistyped fields, other tenants' ids and oversized bodies", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const actions = await consoleActions(page);
    const marker = `HDREVEAL${Date.now()}`;
    const ok = validReveal(desktopKey.id, `${marker}`);
    const refusedArgs: unknown[][] = [
      [],
      [null],
      [marker],
      [42],
      [[ok]],
      [{}],
      [{ ...ok, keyId: undefined }],
      [{ ...ok, keyId: 1 }],
      [{ ...ok, keyId: [desktopKey.id] }],
      [{ ...ok, keyId: { toString: desktopKey.id } }],
      [{ ...ok, keyId: `${desktopKey.id}${marker}` }],
      [{ ...ok, keyId: desktopKey.id.slice(0, 8) }],
      [{ ...ok, keyId: `{${desktopKey.id}}` }],
      [{ ...ok, keyId: desktopKey.id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) }],
      [{ ...ok, ticket: 123456 }],
      [{ ...ok, ticket: [`INC123456`] }],
      [{ ...ok, ticket: null }],
      [{ ...ok, reason: `${marker}` }],
      [{ ...ok, reason: ["Forgot PIN"] }],
      [{ ...ok, checks: CHECKS.join("|") }],
      [{ ...ok, checks: [CHECKS[0]] }],
      [{ ...ok, checks: [CHECKS[0], CHECKS[0]] }],
      [{ ...ok, checks: [...CHECKS.map((c) => c.toUpperCase())] }],
      [{ ...ok, checks: Array.from({ length: 5000 }, () => CHECKS[0]) }],
      [{ ...ok, checks: [{ toString: CHECKS[0] }, CHECKS[1]] }],
      ...PROTOTYPE_KEYS.map((name) => [{ ...ok, [name]: marker, reason: name, keyId: name }]),
      [{ ...ok, ticket: `${marker}${"9".repeat(900_000)}` }],
      [{ ...ok }, validReveal(desktopKey.id)],
      ["$undefined"],
      ["$D2026-01-01T00:00:00.000Z"],
      ["$n123"],
    ];
    let count = 0;
    let errors = 0;
    const check = async (response: APIResponse, label: string) => {
      count++;
      if (response.status() >= 500) errors++;
      expect(response.status(), label).toBeLessThan(500);
      expectHeaders(response, label);
      const text = await response.text();
      expectNoKey(text, label);
      return answerOf(text);
    };
    for (const args of refusedArgs) {
      const label = JSON.stringify(args).slice(0, 80);
      for (const id of [actions.reveal, actions.rotate]) {
        const answer = await check(await callAction(page.request, id, args), label);
        expect(answer, label).toMatch(/"ok":false/);
      }
    }
    // Raw bodies: duplicated keys (JSON keeps the last), and more than Next.js reads.
    const raw = [
      `[{"keyId":"${desktopKey.id}","ticket":"INC123456","ticket":"${marker}","reason":"Forgot PIN","checks":${JSON.stringify(CHECKS)}}]`,
      `[{"keyId":"${desktopKey.id}","keyId":"${marker}","ticket":"INC123456","reason":"Forgot PIN","checks":[]}]`,
      `[{"keyId":"${desktopKey.id}","__proto__":{"ticket":"INC123456","reason":"Forgot PIN","checks":${JSON.stringify(CHECKS)}}}]`,
      JSON.stringify([{ ...ok, ticket: `${marker}${"x".repeat(1_200_000)}` }]),
    ];
    for (const body of raw) {
      const response = await callAction(page.request, actions.reveal, body);
      const answer = await check(response, body.slice(0, 60));
      if (response.status() === 200) expect(answer).toMatch(/"ok":false/);
      else expect(response.status(), "a body past 1 MB").toBe(413);
    }
    // Another tenant's key and a key that exists nowhere: the same refusal, word for word.
    for (const id of [actions.reveal, actions.rotate]) {
      const elsewhere = await check(await callAction(page.request, id, [validReveal(foreignKey.id)]), "foreign");
      const nowhere = await check(await callAction(page.request, id, [validReveal(NOWHERE)]), "nowhere");
      expect(elsewhere).toBe(nowhere);
    }
    const foreignSearch = await check(await search(page.request, actions.search, { keyId: foreignKey.id }), "foreign");
    const nowhereSearch = await check(await search(page.request, actions.search, { keyId: NOWHERE }), "nowhere");
    expect(foreignSearch).toBe(nowhereSearch);
    const foreignPc = await check(await search(page.request, actions.search, { who: "NESTOR-LAPTOP" }), "pc");
    const nowherePc = await check(await search(page.request, actions.search, { who: "NO-SUCH-PC-F022" }), "pc");
    expect(foreignPc).toBe(nowherePc);
    const foreignPerson = await check(
      await search(page.request, actions.search, { who: fabrikam.users[0]!.userPrincipalName }),
      "person",
    );
    const nowherePerson = await check(
      await search(page.request, actions.search, { who: "nobody@fabrikam.example" }),
      "p",
    );
    expect(foreignPerson).toBe(nowherePerson);

    // A real reveal naming another device and owner: the audit names what Graph says.
    const ticket = ticketNumber();
    const forged = {
      ...validReveal(desktopKey.id, ticket),
      deviceId: device("MEGAN-LAPTOP").deviceId,
      deviceName: "MEGAN-LAPTOP",
      owner: "megan.bowen@contoso.example",
      actor: { userPrincipalName: "someone@contoso.example" },
    };
    const revealed = await callAction(page.request, actions.reveal, [forged]);
    count++;
    expect(revealed.status()).toBe(200);
    expect(revealed.headers()["cache-control"]).toContain("no-store");
    expect(await revealed.text()).toContain(desktopKey.key);
    await expect.poll(() => portalLog().includes(`"ticket":"${ticket}"`)).toBe(true);
    const event = portalLog()
      .split("\n")
      .find((line) => line.includes(`"ticket":"${ticket}"`))!;
    expect(JSON.parse(event)).toMatchObject({
      outcome: "success",
      actor: { userPrincipalName: PATTI },
      target: { keyId: desktopKey.id, deviceId: device("ADELE-DESKTOP").deviceId },
      subject: { deviceName: "ADELE-DESKTOP" },
    });
    expect(event).not.toContain("MEGAN");
    expect(event).not.toContain("someone@");

    report("reveal and rotation (fields, ids, bodies)", count, errors);
    expect(errors).toBe(0);
    expect(portalLog()).not.toContain(marker);
  });
});

test.describe("the console's actions replayed by people who are not agents", () => {
  test("no role, another role, another tenant (even its admin), signed out: refused, nothing read from Graph, nothing revealed", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const actions = await consoleActions(page);
    // Northwind's people do not use this portal's emulator elsewhere: one of them is made an admin of Northwind.
    const ISAIAH = "isaiah.langer@northwind.example";
    await setRoles(ISAIAH, [HELPDESK_ADMINISTRATOR]);
    const outsiders = [
      "grady.archie@contoso.example",
      "adele.vance@contoso.example",
      "nestor.wilke@fabrikam.example",
      ISAIAH,
    ];
    let count = 0;
    let errors = 0;
    try {
      for (const upn of outsiders) {
        const { context, page: signedInPage } = await signedIn(browser, upn);
        // No page left open to prefetch anything: from here on, only the replayed actions.
        await signedInPage.close();
        const theirs = context;
        const before = (await emulator.calls(upn)).length;
        const answers: APIResponse[] = [
          await search(theirs.request, actions.search, { keyId: desktopKey.id }),
          await search(theirs.request, actions.search, { who: "ADELE-" }),
          await search(theirs.request, actions.search, { who: "adele.vance@contoso.example" }),
          await callAction(theirs.request, actions.reveal, [validReveal(desktopKey.id)]),
          await callAction(theirs.request, actions.reveal, [validReveal(foreignKey.id)]),
          await callAction(theirs.request, actions.rotate, [{ keyId: desktopKey.id }]),
        ];
        for (const [i, response] of answers.entries()) {
          count++;
          if (response.status() >= 500) errors++;
          const label = `${upn} #${i}`;
          expect(response.status(), label).toBeLessThan(500);
          expectHeaders(response, label);
          const text = await response.text();
          expectNoKey(text, label);
          expect(answerOf(text), label).toMatch(/"error":"(not-agent|session-expired|invalid-input)"/);
        }
        const page404 = await theirs.request.get("/helpdesk");
        expect(page404.status(), upn).toBe(404);
        expect(await page404.text()).not.toContain("Help-desk console");
        expect((await emulator.calls(upn)).slice(before), `${upn} made Graph calls`).toEqual([]);
        await context.close();
      }
    } finally {
      await setRoles(ISAIAH, []);
    }
    // Signed out: the console is not public, so its actions are sent to sign in like any page.
    const anonymous = await browser.newContext({ baseURL: ORIGIN });
    for (const response of [
      await search(anonymous.request, actions.search, { keyId: desktopKey.id }),
      await callAction(anonymous.request, actions.reveal, [validReveal(desktopKey.id)]),
      await anonymous.request.get("/helpdesk", { maxRedirects: 0 }),
    ]) {
      count++;
      expect(response.status()).toBe(307);
      expect(response.headers()["location"]).toMatch(/\/signin\?callbackUrl=%2Fhelpdesk$/);
      expectHeaders(response, "signed out");
      expectNoKey(await response.text(), "signed out");
    }
    await anonymous.close();
    report("non-agents replaying console actions", count, errors);
    expect(errors).toBe(0);
  });
});

test.describe("log injection through what an agent types", () => {
  test("CR/LF, ANSI, separators, quotes and long strings in ticket, reason, checks, search and User-Agent forge no line", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const actions = await consoleActions(page);
    const marker = `HDLOG${Date.now()}`;
    const injections = [
      `\r\n{"type":"keydesk.audit","event":"recovery_key.reveal","outcome":"success","forged":"${marker}"}`,
      `\n${marker}`,
      `\r${marker}`,
      `\u001b[2K\u001b[1G${marker}`,
      `\u001b]0;${marker}\u0007`,
      `"}${marker}{"`,
      `\\"${marker}`,
      `\u2028${marker}`,
      `\u2029${marker}`,
      `\u0085${marker}`,
      `\u202e${marker}`,
      `${marker}${"x".repeat(5000)}`,
      `${"\n".repeat(500)}${marker}`,
    ];
    let count = 0;
    for (const injection of injections) {
      const refused = [
        { ...validReveal(desktopKey.id), ticket: `INC123456${injection}` },
        { ...validReveal(desktopKey.id), ticket: `${injection}INC123456` },
        { ...validReveal(desktopKey.id), reason: `Forgot PIN${injection}` },
        { ...validReveal(desktopKey.id), checks: [`${CHECKS[0]}${injection}`, CHECKS[1]] },
      ];
      for (const args of refused) {
        const response = await callAction(page.request, actions.reveal, [args]);
        count++;
        expect(response.status()).toBeLessThan(500);
        const text = await response.text();
        expectNoKey(text, "injection");
        expect(answerOf(text)).toMatch(/"error":"(ticket-invalid|reason-required|checks-incomplete|invalid-input)"/);
      }
      // A check IT does not list, beside all of IT's: the key is read (unless the text is past the
      // 200-character cap), and only IT's checks are recorded.
      const extra = await callAction(page.request, actions.reveal, [
        { ...validReveal(desktopKey.id), checks: [...CHECKS, injection] },
      ]);
      count++;
      expect(answerOf(await extra.text())).toMatch(/"ok":true|"error":"invalid-input"/);
      const typed: Record<string, string>[] = [{ who: injection }, { keyId: injection }, { who: `ADELE-${injection}` }];
      for (const fields of typed) {
        const response = await search(page.request, actions.search, fields);
        count++;
        expect(response.status()).toBeLessThan(500);
      }
    }
    // One reveal that succeeds, from a client whose User-Agent tries to close the JSON line.
    const agentString = `keydesk-fuzz ${marker}-ua "},{"type":"keydesk.audit","forged":true} \\" '`;
    const ticket = ticketNumber();
    const revealed = await callAction(page.request, actions.reveal, [validReveal(desktopKey.id, ticket)], {
      "user-agent": agentString,
    });
    count++;
    expect(revealed.status()).toBe(200);
    await expect.poll(() => portalLog().includes(`"ticket":"${ticket}"`)).toBe(true);

    const lines = portalLog().split("\n");
    const audit = lines.filter((line) => line.includes('"keydesk.audit"'));
    for (const line of audit)
      expect(
        () => {
          JSON.parse(line);
        },
        line.slice(0, 120),
      ).not.toThrow();
    const ours = audit.map((line) => JSON.parse(line) as Record<string, unknown>).filter((e) => e.ticket === ticket);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ client: { userAgent: agentString }, outcome: "success" });
    expect(ours[0]).not.toHaveProperty("forged");
    // Nothing typed reached the log; the User-Agent only inside its JSON string.
    expect(lines.filter((line) => line.includes(marker)).map((line) => line.includes(`${marker}-ua`))).toEqual([true]);
    expect(portalLog()).not.toContain("\u001b[2K");
    report("log injection (ticket, reason, checks, search, User-Agent)", count, 0);
  });
});

test.describe("the rest, as an outsider", () => {
  /** Where a redirect may go: this portal, and a sign-in page that comes back to this portal. */
  function expectStaysHome(response: APIResponse, label: string) {
    expect(response.status(), label).toBeLessThan(500);
    const location = response.headers()["location"] ?? "";
    if (!location) return;
    const target = new URL(location, ORIGIN);
    expect(target.origin, label).toBe(ORIGIN);
    expect(location, label).not.toMatch(/^\/[/\\]/);
    const back = target.searchParams.get("callbackUrl");
    if (back !== null) expect(back, label).toMatch(/^\/(?![/\\])[^\\]*$/);
  }

  const REDIRECTS = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "%2F%5Cevil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java%0ascript:alert(1)",
    "data:text/html,x",
    "/.//evil.example",
    "/..//evil.example",
    "/%09/evil.example",
    "/%0d%0a/evil.example",
    "/%252F%252Fevil.example",
    "／／evil.example",
    "%E3%80%82evil.example",
    "http:/evil.example",
    "https:evil.example",
    `${ORIGIN}@evil.example`,
    "/helpdesk?x=//evil.example",
  ];

  test("open redirects: callbackUrl on /signin and returnTo on the renew and step-up routes never leave the portal", async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    let count = 0;
    let errors = 0;
    for (const payload of REDIRECTS) {
      for (const value of [payload, encodeURIComponent(payload)]) {
        // Signed out: the routes send the person to sign in, carrying the return path.
        for (const path of [`/api/step-up?returnTo=${value}`, `/api/session/renew?returnTo=${value}`]) {
          const response = await request.get(path, { maxRedirects: 0 });
          count++;
          if (response.status() >= 500) errors++;
          expectStaysHome(response, path);
        }
      }
    }
    await signIn(page, "megan.bowen@contoso.example", "/devices");
    for (const payload of REDIRECTS) {
      for (const value of [payload, encodeURIComponent(payload)]) {
        for (const path of [`/signin?callbackUrl=${value}`, `/api/step-up?returnTo=${value}`]) {
          const response = await page.request.get(path, { maxRedirects: 0 });
          count++;
          if (response.status() >= 500) errors++;
          expectStaysHome(response, path);
        }
      }
    }
    // A renewal asks Entra for a token each time: a few of the worst are enough here.
    for (const payload of ["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)"]) {
      const response = await page.request.get(`/api/session/renew?returnTo=${encodeURIComponent(payload)}`, {
        maxRedirects: 0,
      });
      count++;
      if (response.status() >= 500) errors++;
      expectStaysHome(response, payload);
    }
    report("open redirects (signin, step-up, renew)", count, errors);
    expect(errors).toBe(0);
  });

  test("cookies, caching, CSRF from another origin and framing, on every kind of route", async ({ page }) => {
    test.setTimeout(90_000);
    const actions = await consoleActions(page);

    // Cookies: the session and Auth.js's own are out of reach of scripts and of other sites' posts.
    const cookies = await page.context().cookies(ORIGIN);
    const session = cookies.filter((c) => /^authjs\.session-token(\.\d+)?$/.test(c.name));
    expect(session.length).toBeGreaterThan(0);
    for (const cookie of cookies.filter((c) => /^authjs\.|^keydesk-revealed$/.test(c.name))) {
      expect(cookie.httpOnly, cookie.name).toBe(true);
      expect(cookie.sameSite, cookie.name).toBe("Lax");
      expect(cookie.path, cookie.name).toBe("/");
    }
    const cookieCount = cookies.length;

    // Caching: every answer that can hold a key or personal data says no-store.
    const desktop = device("ADELE-DESKTOP");
    const personal = [
      "/",
      "/devices",
      `/devices/${desktop.id}`,
      `/keys/${desktopKey.id}`,
      "/helpdesk",
      "/api/auth/session",
    ];
    let cacheCount = 0;
    for (const path of personal) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      cacheCount++;
      expect(response.headers()["cache-control"], path).toMatch(/no-store/);
    }
    for (const response of [
      await search(page.request, actions.search, { who: "ADELE-" }),
      await callAction(page.request, actions.reveal, [validReveal(desktopKey.id, "bad")]),
    ]) {
      cacheCount++;
      expect(response.headers()["cache-control"]).toMatch(/no-store/);
    }

    // CSRF: the console's actions and a self-service page's, posted from elsewhere.
    const csrfMarker = `csrf${Date.now()}.example`;
    const origins = [
      `https://${csrfMarker}`,
      `http://localhost:${PORTAL_PORT + 100}`,
      `http://localhost:${PORTAL_PORT}.${csrfMarker}`,
      "null",
      csrfMarker,
      "",
    ];
    let csrfCount = 0;
    let errors = 0;
    for (const origin of origins) {
      const sent = [
        await search(page.request, actions.search, { keyId: desktopKey.id }, { origin }),
        await callAction(page.request, actions.reveal, [validReveal(desktopKey.id)], { origin }),
        await callAction(page.request, actions.rotate, [{ keyId: desktopKey.id }], { origin }),
        await page.request.post("/devices", {
          headers: { "next-action": actions.reveal, "content-type": "text/plain", origin },
          data: JSON.stringify([validReveal(desktopKey.id)]),
          maxRedirects: 0,
        }),
        await page.request.post("/helpdesk", {
          headers: { origin },
          multipart: { [`$ACTION_ID_${actions.search}`]: "", keyId: desktopKey.id, who: "" },
          maxRedirects: 0,
        }),
      ];
      for (const response of sent) {
        csrfCount++;
        if (response.status() >= 500) errors++;
        expect(response.status(), origin).toBe(403);
        expectHeaders(response, origin);
        expectNoKey(await response.text(), origin);
      }
    }
    expect(portalLog()).not.toContain(csrfMarker);

    // Framing: every kind of answer forbids it.
    let frameCount = 0;
    const api = page.request;
    const kinds: [string, () => Promise<APIResponse>][] = [
      ["public page", () => api.get("/help")],
      ["sign-in page", () => api.get("/signin?callbackUrl=/helpdesk", { maxRedirects: 0 })],
      ["signed-in page", () => api.get("/devices")],
      ["console", () => api.get("/helpdesk")],
      ["not found", () => api.get("/no-such-page")],
      ["not found under /helpdesk", () => api.get("/helpdesk/x")],
      ["undecodable path", () => api.get("/helpdesk/%zz")],
      ["JSON route", () => api.get("/api/health")],
      ["session JSON", () => api.get("/api/auth/session")],
      ["redirect", () => api.get("/api/step-up?returnTo=/helpdesk", { maxRedirects: 0 })],
      ["action answer", () => search(api, actions.search, { who: "ADELE-" })],
      ["refused action", () => callAction(api, actions.reveal, "[")],
      ["icon", () => api.get("/icon.svg")],
      // Last: it ends the session.
      ["sign-out", () => api.post("/api/signout", { maxRedirects: 0 })],
    ];
    for (const [kind, send] of kinds) {
      const response = await send();
      frameCount++;
      if (response.status() >= 500) errors++;
      expect(response.status(), kind).toBeLessThan(500);
      expectHeaders(response, kind);
    }
    report("cookies", cookieCount, 0);
    report("cache headers", cacheCount, 0);
    report("CSRF (forged Origin)", csrfCount, errors);
    report("framing headers", frameCount, 0);
    expect(errors).toBe(0);
  });
});
