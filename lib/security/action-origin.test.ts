import { describe, expect, it } from "vitest";
import { isCrossOriginAction } from "./action-origin";

const ID = "40e7a48eaf2cfbb834a478f437e689764dc9055f69";

function post(headers: Record<string, string>, method = "POST", path = "/helpdesk"): Request {
  return new Request(`http://portal.test:3000${path}`, {
    method,
    headers: { host: "portal.test:3000", ...headers },
    ...(method === "POST" ? { body: "[]" } : {}),
  });
}
const action = (origin: string | null, more: Record<string, string> = {}) =>
  post({ "next-action": ID, "content-type": "text/plain", ...(origin === null ? {} : { origin }), ...more });

describe("server actions from this portal's own pages", () => {
  it.each([
    ["the page's own origin", action("http://portal.test:3000")],
    ["the origin in capitals (a URL's host is case-insensitive)", action("http://PORTAL.test:3000")],
    ["the host a trusted proxy forwarded", action("https://keys.example", { "x-forwarded-host": "keys.example" })],
    ["the first of several forwarded hosts", action("https://keys.example", { "x-forwarded-host": "keys.example, b" })],
    ["no Origin (not a browser: it holds no one else's cookies)", action(null)],
  ])("lets %s through", (_, request) => expect(isCrossOriginAction(request)).toBe(false));

  it("ignores what Next.js does not take for a server action", () => {
    expect(isCrossOriginAction(post({ origin: "https://evil.example" }, "GET"))).toBe(false);
    expect(isCrossOriginAction(post({ origin: "https://evil.example", "content-type": "application/json" }))).toBe(
      false,
    );
    const callback = { origin: "https://login.example", "content-type": "application/x-www-form-urlencoded" };
    expect(isCrossOriginAction(post(callback, "POST", "/api/auth/callback/microsoft-entra-id"))).toBe(false);
  });
});

describe("server actions from anywhere else", () => {
  it.each([
    ["another site", action("https://evil.example")],
    ["the same host on another port", action("http://portal.test:3001")],
    ["a look-alike host", action("http://portal.test:3000.evil.example")],
    ["a host that only starts like this one", action("http://portal.test.evil.example:3000")],
    ["an opaque origin (sandboxed frame, data: URL)", action("null")],
    ["an Origin that is not a URL", action("garbage")],
    ["an empty Origin", action("")],
    [
      "this origin behind a forwarded host that differs",
      action("http://portal.test:3000", { "x-forwarded-host": "b" }),
    ],
    [
      "a form posted without JavaScript",
      post({ origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" }),
    ],
    [
      "a URL-encoded form",
      post({ origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }),
    ],
  ])("refuses %s", (_, request) => expect(isCrossOriginAction(request)).toBe(true));
});
