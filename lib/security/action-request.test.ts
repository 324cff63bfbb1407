import { describe, expect, it } from "vitest";
import { isMalformedActionRequest } from "./action-request";

const ID = "40e7a48eaf2cfbb834a478f437e689764dc9055f69";
const BOUNDARY = "----keydesk";

function post(body: string, headers: Record<string, string>): Request {
  return new Request("http://portal.test/devices", { method: "POST", body, headers });
}
const action = (body: string, id = ID) => post(body, { "next-action": id, "content-type": "text/plain;charset=UTF-8" });
const multipart = (fields: Record<string, string>, headers: Record<string, string> = { "next-action": ID }) =>
  post(
    Object.entries(fields)
      .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${BOUNDARY}--\r\n`,
    { ...headers, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
  );

describe("server-action requests KeyDesk's pages send", () => {
  it.each([
    ["the reveal", action(JSON.stringify([{ keyId: "4290b6c0-b17a-497a-8552-272cc30e80d4", noticeAccepted: true }]))],
    ["an action without arguments", action("[]")],
    [
      "escaped dollars, undefined, dates and bigints",
      action('["$$x","$undefined","$D2026-01-01T00:00:00.000Z","$n12",{"a":"$-0"}]'),
    ],
    ["a form action", multipart({ "1_locale": "de", "0": '["$K1"]' })],
    ["a form action with state", multipart({ "1_name": "x", "0": '["$undefined","$K1"]' })],
    ["a form action with the previous state held in the browser", multipart({ "1_name": "x", "0": '["$T","$K1"]' })],
    [
      "a form action with bound (encrypted) arguments",
      multipart({ "1": '"XLLC7HMaOQ9gN+SKevvzkwKw4jdbSKasw=="', "0": '["$@1"]' }),
    ],
    ["nested parts", multipart({ "2": '{"a":"$$x"}', "1": '["$2","$Q2"]', "0": '["$@1","$K3"]' })],
    ["parts that refer to each other", multipart({ "1": '["$2"]', "2": '["$1"]', "0": '["$1"]' })],
    ["a form posted without JavaScript", multipart({ [`$ACTION_ID_${ID}`]: "", locale: "de" }, {})],
    ["a form posted without JavaScript, with state", multipart({ $ACTION_REF_1: "", "$ACTION_1:0": "{}" }, {})],
  ])("lets %s through", async (_, request) => expect(await isMalformedActionRequest(request)).toBe(false));

  it("ignores what is not a server action", async () => {
    expect(await isMalformedActionRequest(new Request("http://portal.test/devices"))).toBe(false);
    expect(await isMalformedActionRequest(post("{", { "content-type": "text/plain" }))).toBe(false);
    expect(await isMalformedActionRequest(post("a=%zz", { "content-type": "application/x-www-form-urlencoded" }))).toBe(
      false,
    );
  });
});

describe("malformed server-action requests", () => {
  it.each([
    ["a body that is not JSON", action("SECRETBODY{{{not json")],
    ["an empty body", action("")],
    ["JSON that is not an argument list", action("{}")],
    ["a bare string", action('"x"')],
    ["a number", action("1")],
    ["a reference to a missing part", action('["$1"]')],
    ["a promise reference", action('[{"a":"$@zz"}]')],
    ["a server reference", action('["$h0"]')],
    ["a Map and a Set", action('["$Q1","$W2"]')],
    ["a FormData reference in a text body", action('["$K1"]')],
    ["a bigint that is not a number", action('["$nxyz"]')],
    ["a typed array", action('["$A1"]')],
    ["a stream", action('["$R1"]')],
    ["nesting deeper than any page sends", action("[".repeat(100) + "]".repeat(100))],
    ["an action id too short", action("[]", "00")],
    ["an action id too long", action("[]", ID + ID)],
    ["an action id with other characters", action("[]", `${ID.slice(0, 40)}\r\n`)],
    ["an empty action id", action("[]", "")],
    ["a multipart body without a boundary", post("x", { "next-action": ID, "content-type": "multipart/form-data" })],
    [
      "a multipart body that is not multipart",
      post("x", { "next-action": ID, "content-type": `multipart/form-data; boundary=${BOUNDARY}` }),
    ],
    ["a multipart body without its root part", multipart({ "1_locale": "de" })],
    ["a multipart root that is not JSON", multipart({ "0": "SECRET2{{" })],
    ["a multipart root with a missing reference", multipart({ "0": '["$1"]' })],
    ["a multipart root with a missing promise", multipart({ "0": '["$@1"]' })],
    ["a multipart part that is not JSON", multipart({ "1": "SECRET{", "0": '["$@1"]' })],
    ["a multipart part with a missing reference", multipart({ "1": '["$5"]', "0": '["$@1"]' })],
    ["a multipart typed array", multipart({ "1": "x", "0": '["$A1"]' })],
    ["a no-JavaScript post that is not multipart", post("x", { "content-type": "multipart/form-data" })],
    ["a no-JavaScript post naming a malformed action", multipart({ $ACTION_ID_zz: "" }, {})],
  ])("refuses %s", async (_, request) => expect(await isMalformedActionRequest(request)).toBe(true));

  it("leaves the body for Next.js to read", async () => {
    const request = action("[]");
    await isMalformedActionRequest(request);
    expect(await request.text()).toBe("[]");
  });
});
