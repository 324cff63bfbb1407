import { describe, expect, it } from "vitest";
import { forwardedCookieHeader } from "./forward-cookies";

describe("the cookie header the page sees after Auth.js answered in the proxy", () => {
  it("replaces every chunk of the old session cookie with the one just written", () => {
    const header = "lang=de; authjs.session-token.0=old0; authjs.session-token.1=old1; keydesk-notice=1";
    const written = [
      "authjs.session-token.0=new0; Path=/; HttpOnly; SameSite=Lax",
      "authjs.session-token.1=new1; Path=/; HttpOnly; SameSite=Lax",
    ];
    expect(forwardedCookieHeader(header, written)).toBe(
      "lang=de; keydesk-notice=1; authjs.session-token.0=new0; authjs.session-token.1=new1",
    );
  });

  it("drops chunks Auth.js deleted, and the whole session when it ended", () => {
    const header =
      "__Secure-authjs.session-token.0=a; __Secure-authjs.session-token.1=b; __Secure-authjs.session-token.2=c";
    expect(
      forwardedCookieHeader(header, [
        "__Secure-authjs.session-token.0=x; Path=/; Secure",
        "__Secure-authjs.session-token.1=y; Path=/; Secure",
        "__Secure-authjs.session-token.2=; Max-Age=0; Path=/; Secure",
      ]),
    ).toBe("__Secure-authjs.session-token.0=x; __Secure-authjs.session-token.1=y");
    expect(forwardedCookieHeader("authjs.session-token=a; lang=fr", ["authjs.session-token=; Max-Age=0; Path=/"])).toBe(
      "lang=fr",
    );
  });

  it("leaves the header alone when Auth.js wrote no session cookie", () => {
    expect(forwardedCookieHeader("authjs.session-token=a", ["authjs.callback-url=%2F; Path=/"])).toBeNull();
    expect(forwardedCookieHeader("authjs.session-token=a", [])).toBeNull();
  });
});
