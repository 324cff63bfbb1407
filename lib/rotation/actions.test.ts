import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import type { SeedTenant } from "@/emulators/seed/types";
import type { Portal } from "@/lib/portal/session";
import { delegatedPortalFor, startTestEmulators } from "@/test/emulators";

const PATTI = "patti.fernandez@contoso.example";
const SCOPES = ["User.Read", "BitlockerKey.Read.All", "Device.Read.All", "User.ReadBasic.All"];
const agent = vi.hoisted(() => ({ current: null as Portal | null }));
const rotations = vi.hoisted(() => ({ asked: [] as unknown[][] }));

vi.mock("@/lib/helpdesk/gate", () => ({ helpdeskAgent: async () => agent.current }));
vi.mock("./rotation", () => ({
  rotationEnabled: () => true,
  rotateNow: async (...args: unknown[]) => void rotations.asked.push(args),
}));

let emu: RunningEmulators;
let contoso: SeedTenant;
const { rotateForCaller } = await import("./actions");

beforeAll(async () => {
  emu = await startTestEmulators();
  contoso = emu.seed.tenants.find((t) => t.domain === "contoso.example")!;
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.state.reset();
  rotations.asked = [];
  const patti = contoso.users.find((u) => u.userPrincipalName === PATTI)!;
  agent.current = await delegatedPortalFor(emu, patti, contoso.id, SCOPES);
});

describe("the help-desk console's 'replace the key' after a call", () => {
  it("asks for the rotation of the device Graph names for the key, with the agent as actor", async () => {
    const key = contoso.recoveryKeys[0]!;
    expect(await rotateForCaller({ keyId: key.id.toUpperCase() })).toEqual({ ok: true });
    expect(rotations.asked).toEqual([
      [
        key.id,
        { objectId: agent.current!.user.objectId, userPrincipalName: PATTI, tenantId: contoso.id },
        key.deviceId.toLowerCase(),
        "helpdesk",
      ],
    ]);
  });

  it("asks nothing for someone who is not an agent, or for a key Graph does not know", async () => {
    const key = contoso.recoveryKeys[0]!;
    agent.current = null;
    expect(await rotateForCaller({ keyId: key.id })).toEqual({ ok: false, error: "session-expired" });
    expect(await rotateForCaller({ keyId: "not-a-key" })).toEqual({ ok: false, error: "invalid-input" });
    expect(rotations.asked).toEqual([]);
  });

  it("asks nothing for a Key ID that Graph does not know", async () => {
    expect(await rotateForCaller({ keyId: "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6" })).toEqual({
      ok: false,
      error: "failed",
    });
    expect(rotations.asked).toEqual([]);
  });
});
