import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, isOversizedAction } from "./action-size";

const ID = "40e7a48eaf2cfbb834a478f437e689764dc9055f69";

function action(body: string | ReadableStream, headers: Record<string, string> = {}, path = "/helpdesk"): Request {
  return new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: { "next-action": ID, "content-type": "text/plain", ...headers },
    body,
    ...(typeof body === "string" ? {} : { duplex: "half" }),
  });
}
const chunked = (size: number) =>
  new ReadableStream({
    start(controller) {
      for (let sent = 0; sent < size; sent += 65536)
        controller.enqueue(new TextEncoder().encode("x".repeat(Math.min(65536, size - sent))));
      controller.close();
    },
  });

describe("server-action bodies Next.js would refuse with a 500", () => {
  it("lets bodies up to Next.js's limit through, and one just past it not", async () => {
    expect(await isOversizedAction(action("[]"))).toBe(false);
    expect(await isOversizedAction(action("x".repeat(ACTION_BODY_LIMIT)))).toBe(false);
    expect(await isOversizedAction(action("x".repeat(ACTION_BODY_LIMIT + 1)))).toBe(true);
  });

  it("measures a body sent without a length", async () => {
    expect(await isOversizedAction(action(chunked(ACTION_BODY_LIMIT)))).toBe(false);
    expect(await isOversizedAction(action(chunked(ACTION_BODY_LIMIT + 1)))).toBe(true);
  });

  it("stops reading a body without a length once it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(65536));
      },
    });
    expect(await isOversizedAction(action(endless))).toBe(true);
    expect(pulled * 65536).toBeLessThan(ACTION_BODY_LIMIT * 2);
  });

  it("counts bytes, not characters", async () => {
    expect(await isOversizedAction(action("é".repeat(ACTION_BODY_LIMIT / 2 + 1)))).toBe(true);
  });

  it("judges form posts too, and leaves route handlers and other requests alone", async () => {
    const big = "x".repeat(ACTION_BODY_LIMIT + 1);
    const form = { "content-type": "multipart/form-data; boundary=x" };
    expect(
      await isOversizedAction(new Request("http://portal.test/", { method: "POST", headers: form, body: big })),
    ).toBe(true);
    expect(await isOversizedAction(new Request("http://portal.test/", { method: "POST", body: big }))).toBe(false);
    expect(await isOversizedAction(action(big, {}, "/api/auth/callback/x"))).toBe(false);
  });
});
