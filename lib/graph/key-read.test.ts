import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulators } from "@/emulators/server";
import { startTestEmulators } from "@/test/emulators";
import { GraphGateway } from "./client";
import { readRecoveryPassword } from "./operations";

let emu: RunningEmulators;
const ADELE = "adele.vance@contoso.example";

beforeAll(async () => {
  emu = await startTestEmulators();
});
afterAll(() => emu.stop());
beforeEach(() => emu.state.reset());

describe("reading a recovery key", () => {
  it("selects, and returns from Graph, every field the reveal and its audit event use", async () => {
    const contoso = emu.seed.tenants.find((t) => t.domain === "contoso.example")!;
    const laptop = contoso.devices.find((d) => d.displayName === "ADELE-LAPTOP")!;
    const seeded = contoso.recoveryKeys.find((k) => k.deviceId === laptop.deviceId)!;
    const graph = new GraphGateway(await emu.mintAccessToken(ADELE), { baseUrl: emu.graphOrigin });

    const { info, key } = await readRecoveryPassword(graph, seeded.id.toUpperCase());

    expect(key).toBe(seeded.key);
    expect(info).toMatchObject({ id: seeded.id, deviceId: laptop.deviceId });
    expect(info.createdAt).toBe(seeded.createdDateTime);
    expect(info.volume).not.toBe("unknown");
    const read = emu.state.calls.find((call) => call.path.endsWith(seeded.id));
    expect(decodeURIComponent(read?.query ?? "")).toBe("$select=key,deviceId,volumeType,createdDateTime");
  });
});
