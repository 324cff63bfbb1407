import { describe, expect, it } from "vitest";
import { expectCheck } from "@/test/expect-check";
import { checkProxyHops } from "./proxy-hops";
import { runDoctor } from "./run";

describe("TRUSTED_PROXY_HOPS", () => {
  it("explains the default: no header believed", () => {
    expectCheck(checkProxyHops({}), "ok", /0: X-Forwarded-For is ignored/);
  });

  it("warns when an https AUTH_URL means a proxy is in front but no hop is trusted", () => {
    expectCheck(
      checkProxyHops({ AUTH_URL: "https://keys.contoso.com" }),
      "warn",
      /every client then shares its address/,
      /TRUSTED_PROXY_HOPS to the number of proxies/,
    );
    expectCheck(checkProxyHops({ AUTH_URL: "http://localhost:3000" }), "ok");
  });

  it("explains what N proxies mean", () => {
    expectCheck(checkProxyHops({ TRUSTED_PROXY_HOPS: "1" }), "ok", /entry 1 from the right of X-Forwarded-For/);
    expectCheck(checkProxyHops({ TRUSTED_PROXY_HOPS: "2", AUTH_URL: "https://keys.contoso.com" }), "ok", /2 proxies/);
  });

  it.each(["-1", "1.5", "eleven", "11"])("refuses %s", (hops) => {
    expectCheck(checkProxyHops({ TRUSTED_PROXY_HOPS: hops }), "error", /not a number of proxies/);
  });

  it("is part of the doctor's report, once, in place of the generic settings line", async () => {
    const results = await runDoctor(
      { TRUSTED_PROXY_HOPS: "-1" },
      { fetch: () => Promise.reject(new Error("offline")), readFile: () => "{}" },
    );
    expect(results.filter((r) => /TRUSTED_PROXY_HOPS/.test(r.message))).toHaveLength(1);
    expect(results.find((r) => r.id === "proxy-hops")?.status).toBe("error");
  });
});
