import { describe, expect, it } from "vitest";
import { trustedClientAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);
const PEER = "10.0.0.5";

describe("trustedClientAddress", () => {
  it.each([
    [
      "no proxy: the peer, whatever the headers say",
      { "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" },
      0,
      PEER,
    ],
    ["no proxy, rotated header", { "x-forwarded-for": "198.51.100.1, 198.51.100.2" }, 0, PEER],
    ["one proxy: the rightmost entry", { "x-forwarded-for": "203.0.113.7, 198.51.100.9" }, 1, "198.51.100.9"],
    [
      "one proxy, client-written entries to the left ignored",
      { "x-forwarded-for": "1.1.1.1, 2.2.2.2, 198.51.100.9" },
      1,
      "198.51.100.9",
    ],
    ["two proxies: second from the right", { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.2" }, 2, "203.0.113.7"],
    ["one proxy, no header: the peer", {}, 1, PEER],
    ["more hops than entries: the leftmost entry", { "x-forwarded-for": "203.0.113.7" }, 3, "203.0.113.7"],
    ["IPv6 entries", { "x-forwarded-for": "2001:db8::1" }, 1, "2001:db8::1"],
    ["garbage is unknown", { "x-forwarded-for": "evil, <script>" }, 1, null],
    ["empty entries are skipped", { "x-forwarded-for": "203.0.113.7,, " }, 1, "203.0.113.7"],
  ])("%s", (_, values, hops, expected) => {
    expect(trustedClientAddress(headers({ "x-keydesk-peer": PEER, ...values }), hops)).toBe(expected);
  });

  it("is unknown without the peer header (a server not started through server-entry.mts)", () => {
    expect(trustedClientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), 0)).toBeNull();
  });

  it("never believes a peer header that is not an address", () => {
    expect(trustedClientAddress(headers({ "x-keydesk-peer": "203.0.113.7, 1.1.1.1" }), 0)).toBeNull();
  });
});
