import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import type { SeedTenant } from "@/emulators/seed/types";
import { GraphGateway } from "@/lib/graph/client";
import { startTestEmulators } from "@/test/emulators";
import { parseHelpdeskQuery } from "./query";
import { searchHelpdesk } from "./search";

let emu: RunningEmulators;
let contoso: SeedTenant;
const SCOPES = ["User.Read", "BitlockerKey.Read.All", "Device.Read.All", "User.ReadBasic.All"];

beforeAll(async () => {
  emu = await startTestEmulators();
  contoso = emu.seed.tenants.find((t) => t.domain === "contoso.example")!;
});
afterAll(() => emu.stop());
beforeEach(() => emu.state.reset());

const device = (name: string) => contoso.devices.find((d) => d.displayName === name)!;
const keysOf = (name: string) => contoso.recoveryKeys.filter((k) => k.deviceId === device(name).deviceId);

async function search(keyId: string, who: string, upn = "patti.fernandez@contoso.example") {
  const parsed = parseHelpdeskQuery(keyId, who);
  if (!parsed.ok) throw new Error(parsed.error);
  const graph = new GraphGateway(await emu.mintAccessToken(upn, SCOPES), { baseUrl: emu.graphOrigin });
  return searchHelpdesk(graph, parsed.query);
}

describe("the help-desk search, with an agent's delegated token", () => {
  it("a full Key ID: the PC, its owner and all its keys newest first, the one asked for marked", async () => {
    const laptopKeys = keysOf("ADELE-LAPTOP");
    const asked = laptopKeys.at(-1)!;
    const found = await search(asked.id, "");
    expect(found.found).toBe("devices");
    if (found.found !== "devices") return;
    const [only] = found.devices;
    expect(only?.device.displayName).toBe("ADELE-LAPTOP");
    expect(only?.person).toMatchObject({ userPrincipalName: "adele.vance@contoso.example", relation: "owner" });
    expect(only?.matching).toEqual([asked.id]);
    const created = only!.keys.map((k) => k.createdAt ?? "");
    expect(created).toEqual([...created].sort().reverse());
    expect(only!.keys).toHaveLength(laptopKeys.length);
  });

  it("a PC name prefix, case-insensitive; a hybrid PC is named by its registered user", async () => {
    const found = await search("", "contoso-ws");
    expect(found).toMatchObject({
      found: "devices",
      devices: [
        { device: { displayName: "CONTOSO-WS-0142", joinType: "hybrid-joined" }, person: { relation: "user" } },
      ],
    });
  });

  it("the first 8 characters with the PC name keep only the matching keys; one misread character is offered as near", async () => {
    const key = keysOf("CONTOSO-LAB-07")[3]!;
    const exact = await search(key.id.slice(0, 8), "CONTOSO-LAB");
    expect(exact.found === "devices" && exact.devices[0]?.matching).toEqual([key.id]);
    const typo = `${key.id[0] === "a" ? "b" : "a"}${key.id.slice(1, 8)}`;
    const near = await search(typo, "CONTOSO-LAB");
    expect(near.found === "devices" && near.devices[0]).toMatchObject({ matching: [key.id], near: true });
  });

  it("a person's devices by sign-in name, and a clear 'nothing' for each kind of miss", async () => {
    const adele = await search("", "adele.vance@contoso.example");
    expect(adele.found === "devices" && adele.devices.map((d) => d.device.displayName).sort()).toEqual([
      "ADELE-DESKTOP",
      "ADELE-LAPTOP",
      "ADELE-SURFACE",
      "CONTOSO-LAB-07",
    ]);
    expect(await search("", "nobody@contoso.example")).toEqual({ found: "nothing", reason: "no-person" });
    expect(await search("", "alex.wilber@contoso.example")).toEqual({ found: "nothing", reason: "no-devices" });
    expect(await search("", "NO-SUCH-PC")).toEqual({ found: "nothing", reason: "no-pc" });
    expect(await search("00000000-0000-4000-8000-000000000000", "")).toEqual({ found: "nothing", reason: "no-key" });
    expect(await search("DEADBEEF", "ADELE")).toEqual({ found: "nothing", reason: "no-matching-key" });
  });

  it("someone without the role finds the PC but Graph hands them none of its keys", async () => {
    const found = await search("", "ADELE-DESKTOP", "grady.archie@contoso.example");
    expect(found.found === "devices" && found.devices[0]?.keys).toEqual([]);
  });
});
