import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

/** Each value, as it arrives in `callbackUrl` (already decoded once by the query string). */
const REFUSED: [string, string][] = [
  ["dot segment before a double slash", "/.//evil.example"],
  ["parent segment before a double slash", "/..//evil.example/x"],
  ["double slash after a parent segment", "/x/..//evil.example"],
  ["double slash after several segments", "/a/b/../..//evil.example"],
  ["percent-encoded dots", "/%2e//evil.example"],
  ["upper-case percent-encoded dots", "/%2E%2E//evil.example"],
  ["percent-encoded slashes", "/%2F%2Fevil.example"],
  ["percent-encoded slash after a slash", "/%2Fevil.example"],
  ["lower-case percent-encoded slash", "/%2fevil.example"],
  ["percent-encoded backslash", "/%5Cevil.example"],
  ["percent-encoded backslash later", "/x/%5c%5cevil.example"],
  ["fully encoded, never decoded to a path", "%2F.%2F%2Fevil.example"],
  ["protocol-relative", "//evil.example"],
  ["slash-backslash", "/\\evil.example"],
  ["backslash-slash", "/\\/evil.example"],
  ["backslash only", "\\\\evil.example"],
  ["backslash in a later segment", "/keys\\..\\..\\evil"],
  ["tab in the double slash", "/\t/evil.example"],
  ["newline in the double slash", "/\n/evil.example"],
  ["carriage return", "/\r/evil.example"],
  ["line feed in the middle", "/a\nb"],
  ["NUL", "/a\u0000b"],
  ["DEL", "/a\u007fb"],
  ["C1 control", "/a\u0085b"],
  ["percent-encoded CR LF", "/a%0d%0aSet-Cookie:x=1"],
  ["percent-encoded tab", "/%09/evil.example"],
  ["leading space", " /keys"],
  ["absolute https URL", "https://evil.example/"],
  ["absolute http URL", "http://portal.invalid/keys"],
  ["scheme without slashes", "https:evil.example"],
  ["javascript:", "javascript:alert(1)"],
  ["javascript: with case and space", " JavaScript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["relative path", "keys/abc"],
  ["relative dot path", "./keys"],
  ["relative parent path", "../evil"],
  ["user info", "//user:pass@evil.example"],
  ["full-width solidus", "／／evil.example"],
  ["Auth.js endpoint", "/api/auth/signout"],
  ["Auth.js endpoint through a dot segment", "/x/../api/auth/signout"],
  ["Auth.js endpoint, encoded", "/%61pi/auth/signout"],
  ["malformed percent-encoding", "/keys/%zz"],
  ["lone percent", "/%"],
  ["overlong UTF-8", "/%c0%ae%c0%ae//evil.example"],
  ["empty", ""],
  ["too long", `/${"a".repeat(600)}`],
];

const KEPT: [string, string, string][] = [
  ["a signed-in page", "/devices", "/devices"],
  ["a path with its query", "/keys/abc?x=1", "/keys/abc?x=1"],
  ["the lookup with a Key ID", "/?keyId=4290B6C0", "/?keyId=4290B6C0"],
  ["a dot segment, resolved", "/help/../devices", "/devices"],
  ["an encoded dot segment, resolved", "/help/%2e%2e/devices", "/devices"],
  ["a double slash later in the path", "/keys//abc", "/keys//abc"],
  ["a fragment, dropped", "/devices#top", "/devices"],
  ["Unicode in the path, percent-encoded", "/help/é", "/help/%C3%A9"],
  ["a query with a URL in it", "/?next=https://evil.example", "/?next=https://evil.example"],
];

describe("safeCallbackPath", () => {
  it.each(REFUSED)("refuses %s (%j)", (_, value) => expect(safeCallbackPath(value)).toBe("/"));
  it.each(KEPT)("keeps %s (%j)", (_, value, expected) => expect(safeCallbackPath(value)).toBe(expected));
  it.each([undefined, null, 42, ["/devices"], { toString: () => "/devices" }])("refuses a non-string (%j)", (value) =>
    expect(safeCallbackPath(value)).toBe("/"),
  );
  it("falls back to the given path", () => expect(safeCallbackPath("//evil.example", "/help")).toBe("/help"));
  it("never returns anything a browser would read as another origin", () => {
    for (const [, value] of [...REFUSED, ...KEPT]) {
      const result = safeCallbackPath(value);
      expect(new URL(result, "https://keys.example.com").origin).toBe("https://keys.example.com");
      expect(result).toMatch(/^\/(?![/\\])/);
    }
  });
});
