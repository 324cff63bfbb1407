import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import type { SeedTenant } from "@/emulators/seed/types";
import type { Portal } from "@/lib/portal/session";
import { delegatedPortalFor, startTestEmulators } from "@/test/emulators";

const PATTI = "patti.fernandez@contoso.example";
const CHECKS = ["Called back", "Read the Key ID"];
const SCOPES = ["User.Read", "BitlockerKey.Read.All", "Device.Read.All", "User.ReadBasic.All"];
const agent = vi.hoisted(() => ({ current: null as Portal | null }));

const stepUp = vi.hoisted(() => ({ needed: null as { reason: "auth-context" } | null }));
vi.mock("./gate", () => ({ helpdeskAgent: async () => agent.current }));
vi.mock("@/lib/auth/step-up-session", () => ({ revealStepUp: async () => stepUp.needed }));
vi.mock("@/lib/portal/client-info", () => ({ clientInfo: async () => ({ ip: "192.0.2.7", userAgent: "test" }) }));

let emu: RunningEmulators;
let contoso: SeedTenant;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "x".repeat(40));
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ID", "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_SECRET", "secret");
  vi.stubEnv("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "https://login.microsoftonline.com/organizations/v2.0");
  vi.stubEnv("HELPDESK", "true");
  vi.stubEnv("HELPDESK_TICKET_PATTERN", "INC[0-9]{6}");
  vi.stubEnv("HELPDESK_CHECKS", CHECKS.join("|"));
  emu = await startTestEmulators();
  contoso = emu.seed.tenants.find((t) => t.domain === "contoso.example")!;
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.state.reset();
  const patti = contoso.users.find((u) => u.userPrincipalName === PATTI)!;
  agent.current = await delegatedPortalFor(emu, patti, contoso.id, SCOPES);
});
afterEach(() => vi.restoreAllMocks());

const hybrid = () => {
  const device = contoso.devices.find((d) => d.displayName === "CONTOSO-WS-0142")!;
  return { device, key: contoso.recoveryKeys.find((k) => k.deviceId === device.deviceId)! };
};
const given = (keyId: string) => ({ keyId, ticket: "INC204817", reason: "TPM reset", checks: CHECKS });
const audited = (log: { mock: { calls: unknown[][] } }) =>
  log.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);

describe("reading a key for a caller", () => {
  it("re-reads key, device and person from Graph and records them with the agent, ticket, reason and checks", async () => {
    const { revealForCaller } = await import("./actions");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { device, key } = hybrid();
    const result = await revealForCaller(given(key.id.toUpperCase()));
    expect(result).toMatchObject({ ok: true, key: key.key, deviceName: "CONTOSO-WS-0142" });
    expect(result.ok && result.barcodes.qr.paths.length).toBeGreaterThan(0);
    const [event] = audited(log);
    expect(event).toMatchObject({
      event: "recovery_key.reveal",
      outcome: "success",
      accessMode: "helpdesk",
      actor: { userPrincipalName: PATTI },
      target: { keyId: key.id, deviceId: device.deviceId },
      subject: {
        deviceName: "CONTOSO-WS-0142",
        owner: { userPrincipalName: "lee.gu@contoso.example", relation: "user" },
      },
      ticket: "INC204817",
      reason: "TPM reset",
      checks: CHECKS,
      client: { ip: "192.0.2.7" },
    });
    expect(JSON.stringify(event)).not.toContain(key.key);
  });

  it("asks Graph nothing and records nothing until the ticket, reason and checks are all given", async () => {
    const { revealForCaller } = await import("./actions");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { key } = hybrid();
    expect(await revealForCaller({ ...given(key.id), ticket: "INC20481" })).toMatchObject({ error: "ticket-invalid" });
    expect(await revealForCaller({ ...given(key.id), reason: "Curiosity" })).toMatchObject({
      error: "reason-required",
    });
    expect(await revealForCaller({ ...given(key.id), checks: [CHECKS[0]!] })).toMatchObject({
      error: "checks-incomplete",
    });
    expect(emu.state.calls).toEqual([]);
    expect(log).not.toHaveBeenCalled();
    agent.current = null;
    expect(await revealForCaller(given(key.id))).toMatchObject({ error: "not-agent" });
  });

  it("IT's step-up holds for agents too: without it nothing is asked of Graph", async () => {
    const { revealForCaller } = await import("./actions");
    stepUp.needed = { reason: "auth-context" };
    try {
      expect(await revealForCaller(given(hybrid().key.id))).toMatchObject({ ok: false, error: "step-up-required" });
      expect(emu.state.calls).toEqual([]);
    } finally {
      stepUp.needed = null;
    }
  });

  it("a key Graph does not hand out is recorded as not found, and no key is returned", async () => {
    const { revealForCaller } = await import("./actions");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const result = await revealForCaller(given("00000000-0000-4000-8000-000000000000"));
    expect(result).toEqual({ ok: false, error: "not-found", retryAfterSeconds: null });
    expect(audited(log)[0]).toMatchObject({ outcome: "not_found", accessMode: "helpdesk", ticket: "INC204817" });
  });

  it("when Graph released the key but naming the device failed, the reveal is still recorded as one", async () => {
    const { revealForCaller } = await import("./actions");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    emu.state.addFault({ kind: "status", status: 403, match: { pathPrefix: "/v1.0/devices" } });
    const { device, key } = hybrid();
    expect(await revealForCaller(given(key.id))).toMatchObject({ ok: true, key: key.key, deviceName: null });
    expect(audited(log)[0]).toMatchObject({
      outcome: "success",
      target: { keyId: key.id, deviceId: device.deviceId },
      subject: { deviceId: device.deviceId, deviceName: null, owner: null },
    });
  });
});

describe("hand-made console requests", () => {
  it("a search whose form is not a form (any value a forged request decodes to) is refused as input, asking Graph nothing", async () => {
    const { searchAction } = await import("./actions");
    const values: unknown[] = [{}, "keyId", null, undefined, 0, [], { get: "x" }, { keyId: hybrid().key.id }];
    for (const form of values)
      expect(await searchAction({ status: "idle" }, form as FormData)).toEqual({ status: "invalid", error: "empty" });
    expect(emu.state.calls).toEqual([]);
    agent.current = null;
    expect(await searchAction({ status: "idle" }, {} as FormData)).toMatchObject({ error: "not-agent" });
  });

  it("another tenant's key is refused exactly like one that exists nowhere, and neither is returned", async () => {
    const { revealForCaller } = await import("./actions");
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const fabrikam = emu.seed.tenants.find((t) => t.domain === "fabrikam.example")!;
    const foreign = fabrikam.recoveryKeys[0]!;
    const elsewhere = await revealForCaller(given(foreign.id));
    const nowhere = await revealForCaller(given("0badc0de-0000-4000-8000-000000000000"));
    expect(elsewhere).toEqual(nowhere);
    expect(JSON.stringify(elsewhere)).not.toContain(foreign.key);
  });

  it("fields the form does not have (a device, an owner, another reason) change nothing that is recorded", async () => {
    const { revealForCaller } = await import("./actions");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { device, key } = hybrid();
    const other = contoso.devices.find((d) => d.displayName === "ADELE-DESKTOP")!;
    const forged = { ...given(key.id), deviceId: other.deviceId, owner: "adele.vance@contoso.example", actor: "x" };
    expect(await revealForCaller(forged)).toMatchObject({ ok: true, deviceName: "CONTOSO-WS-0142" });
    const [event] = audited(log);
    expect(event).toMatchObject({ target: { deviceId: device.deviceId }, actor: { userPrincipalName: PATTI } });
    expect(JSON.stringify(event)).not.toContain(other.deviceId);
  });
});
