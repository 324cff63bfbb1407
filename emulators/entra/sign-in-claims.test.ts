import { decodeJwt } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulators } from "@/test/emulators";
import { DIRECTORY_ROLES } from "../seed/directory-roles";
import type { SeedTenant } from "../seed/types";
import type { RunningEmulators } from "../server";
import { control, tokenRequest } from "../testing/live";
import { signIn } from "./testing/sign-in";

let emulators: RunningEmulators;
let contoso: SeedTenant;
const PATTI = "patti.fernandez@contoso.example";
const ADELE = "adele.vance@contoso.example";
const STEP_UP = { claims: JSON.stringify({ id_token: { acrs: { essential: true, value: "c1" } } }) };

beforeAll(async () => {
  emulators = await startTestEmulators();
  contoso = emulators.seed.tenants.find((t) => t.domain === "contoso.example")!;
});
afterAll(() => emulators.stop());
beforeEach(() => control(emulators, "POST", "/reset"));

describe("directory roles in wids", () => {
  it("carries a help-desk agent's role template ids in the id token and the Graph access token", async () => {
    const { idToken, accessToken } = await signIn(emulators, contoso.id, PATTI);
    expect(idToken.wids).toEqual([DIRECTORY_ROLES.helpdeskAdministrator]);
    expect(accessToken.wids).toEqual([DIRECTORY_ROLES.helpdeskAdministrator]);
    expect(accessToken.idtyp).toBe("user");
  });

  it("carries a reader's Directory Readers role, and nothing for people without roles", async () => {
    expect((await signIn(emulators, contoso.id, "grady.archie@contoso.example")).idToken.wids).toEqual([
      DIRECTORY_ROLES.directoryReaders,
    ]);
    const adele = await signIn(emulators, contoso.id, ADELE);
    expect(adele.idToken).not.toHaveProperty("wids");
    expect(adele.accessToken).not.toHaveProperty("wids");
  });

  it("follows a role removed at run time on the next sign-in", async () => {
    const patti = contoso.users.find((u) => u.userPrincipalName === PATTI)!;
    await control(emulators, "PUT", `/users/${patti.id}/directory-roles`, { roleTemplateIds: [] });
    expect((await signIn(emulators, contoso.id, PATTI)).idToken).not.toHaveProperty("wids");
  });
});

describe("auth_time", () => {
  it("says when the person signed in", async () => {
    const before = Math.floor(Date.now() / 1000);
    const { idToken } = await signIn(emulators, contoso.id, ADELE);
    expect(idToken.auth_time).toBeGreaterThanOrEqual(before - 1);
    expect(idToken.auth_time).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it("reports an older Entra session that the sign-in reused, unless the app asks for prompt=login", async () => {
    await control(emulators, "PATCH", "/config", { ssoSessionAgeSeconds: 7200 });
    const now = Math.floor(Date.now() / 1000);
    const reused = (await signIn(emulators, contoso.id, ADELE)).idToken.auth_time as number;
    expect(now - reused).toBeGreaterThanOrEqual(7199);
    expect(now - reused).toBeLessThanOrEqual(7201);
    const fresh = (await signIn(emulators, contoso.id, ADELE, { prompt: "login" })).idToken.auth_time as number;
    expect(fresh).toBeGreaterThanOrEqual(now - 1);
    // max_age asks for an authentication no older than it: a longer-lived session does not do.
    const bounded = (await signIn(emulators, contoso.id, ADELE, { max_age: "600" })).idToken.auth_time as number;
    expect(bounded).toBeGreaterThanOrEqual(now - 1);
  });
});

describe("authentication context through the claims parameter", () => {
  it("shows no verify step and issues no acrs when none was asked for", async () => {
    const { pages, idToken, accessToken } = await signIn(emulators, contoso.id, ADELE);
    expect(pages.some((page) => page.includes("Verify your identity"))).toBe(false);
    expect(idToken).not.toHaveProperty("acrs");
    expect(accessToken).not.toHaveProperty("acrs");
  });

  it("adds a verify step after the account picker and then issues acrs [c1]", async () => {
    const { pages, idToken, accessToken } = await signIn(emulators, contoso.id, ADELE, STEP_UP);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Pick an account");
    expect(pages[1]).toContain("Verify your identity");
    expect(pages[1]).toContain("c1");
    expect(idToken.acrs).toEqual(["c1"]);
    expect(accessToken.acrs).toEqual(["c1"]);
  });

  it("shows the verify step even when the account comes from login_hint (the /common picker's path)", async () => {
    const { pages, idToken } = await signIn(emulators, contoso.id, ADELE, { ...STEP_UP, login_hint: ADELE });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("Verify your identity");
    expect(idToken.acrs).toEqual(["c1"]);
  });

  it("keeps acrs on tokens refreshed from that sign-in", async () => {
    const { tokens } = await signIn(emulators, contoso.id, ADELE, STEP_UP);
    const { clientId, clientSecret } = emulators.seed.application;
    const refreshed = await tokenRequest(
      emulators,
      contoso.id,
      { grant_type: "refresh_token", refresh_token: tokens.refresh_token ?? "" },
      { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}` },
    );
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(String(refreshed.body.access_token)).acrs).toEqual(["c1"]);
  });
});
