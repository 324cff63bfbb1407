import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Portal } from "@/lib/portal/session";

const HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
const GROUP = "5f0c7a3e-2b9d-4c61-8e14-7a3d9b2c6e05";
const CONTOSO = "3f2c6b8e-5d1a-4e7b-9c42-8a1f0e6d2b75";

const state = vi.hoisted(() => ({
  wids: undefined as string[] | undefined,
  signedIn: true,
  groups: [] as string[],
}));
const portal = {
  user: { objectId: "o", tenantId: CONTOSO, upn: "agent@contoso.example" },
  graph: { list: vi.fn(async () => state.groups.map((id) => ({ "@odata.type": "#microsoft.graph.group", id }))) },
} as unknown as Portal;

vi.mock("@/lib/auth/auth", () => ({ serverSession: async () => ({ server: { wids: state.wids } }) }));
vi.mock("@/lib/portal/session", () => ({ getPortal: async () => (state.signedIn ? portal : null) }));

async function agent(settings: Record<string, string>) {
  vi.resetModules();
  vi.unstubAllEnvs();
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  const { helpdeskAgent } = await import("./gate");
  return helpdeskAgent();
}

beforeEach(() => {
  state.wids = [HELPDESK_ADMINISTRATOR];
  state.signedIn = true;
  state.groups = [];
});

describe("the help-desk gate", () => {
  it("is closed unless HELPDESK=true, even for a Helpdesk Administrator", async () => {
    expect(await agent({})).toBeNull();
    expect(await agent({ HELPDESK: "false" })).toBeNull();
    expect(await agent({ HELPDESK: "true" })).toBe(portal);
  });

  it("opens only for a sign-in whose wids hold a BitLocker-reading role", async () => {
    state.wids = ["88d8e3e3-8f55-4a1e-953a-9b9898b8876b"]; // Directory Readers
    expect(await agent({ HELPDESK: "true" })).toBeNull();
    state.wids = undefined;
    expect(await agent({ HELPDESK: "true" })).toBeNull();
    state.wids = [HELPDESK_ADMINISTRATOR];
    state.signedIn = false;
    expect(await agent({ HELPDESK: "true" })).toBeNull();
  });

  it("is the organisation's own: an administrator of another tenant in a multi-tenant portal gets none", async () => {
    expect(await agent({ HELPDESK: "true", ORG_TENANT_ID: "11111111-2222-4333-8444-555555555555" })).toBeNull();
    expect(await agent({ HELPDESK: "true", ORG_TENANT_ID: CONTOSO })).toBe(portal);
  });

  it("with HELPDESK_GROUP_ID, also needs Graph to list the group among the agent's groups", async () => {
    expect(await agent({ HELPDESK: "true", HELPDESK_GROUP_ID: GROUP })).toBeNull();
    state.groups = ["11111111-2222-4333-8444-555555555555", GROUP];
    expect(await agent({ HELPDESK: "true", HELPDESK_GROUP_ID: GROUP.toUpperCase() })).toBe(portal);
  });
});
