import { describe, expect, it } from "vitest";
import { isPublicPath } from "./public-paths";

describe("paths a signed-out visitor may open", () => {
  it.each([
    "/signin",
    "/signed-out",
    "/personal-account",
    "/help",
    "/help/unlock-recovery-screen",
    "/help/%zz",
    "/it",
    "/it/lockout-screen",
    "/api/auth/session",
    "/_next/static/chunks/x.js",
    "/favicon.ico",
    "/icon.svg",
  ])("%s", (path) => expect(isPublicPath(path)).toBe(true));
});

describe("paths that need a session", () => {
  it.each([
    "/",
    "/devices",
    "/keys/4290b6c0-b17a-497a-8552-272cc30e80d4",
    "/helpdesk",
    "/helpdesk/anything",
    "/help-desk",
    "/items",
    "/signinx",
    "/iconx/y",
    "/api",
    "/x/help",
  ])("%s", (path) => expect(isPublicPath(path)).toBe(false));
});
