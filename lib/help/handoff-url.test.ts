import { describe, expect, it } from "vitest";
import { handoffResultHref, removedFieldErrors } from "./handoff-url";

const KEY = "013574-720885-000000-000462-109989-330000-135795-597531";

describe("the redirect after the handoff form", () => {
  it("carries the checked values and the path", () => {
    const href = handoffResultHref("/help/cant-find-key", ["work", "no-copy"], {
      device: " ADELE-LAPTOP ",
      keyId: "4290b6c0 b17a",
    });
    expect(href).toBe(
      "/help/cant-find-key?step=handoff&path=work%2Cno-copy&submitted=1&device=ADELE-LAPTOP&keyId=4290B6C0-B17A",
    );
  });

  it("drops recovery-key digits from every field and says which fields lost them", () => {
    const href = handoffResultHref("/help/cant-find-key", [], {
      name: "Adele",
      device: KEY,
      keyId: KEY.replaceAll("-", ""),
    });
    expect(href).not.toMatch(/\d{6}/);
    const query = new URL(href, "http://x").searchParams;
    expect(query.get("removed")).toBe("device,keyId");
    expect(query.get("name")).toBe("Adele");
    expect(removedFieldErrors(query.get("removed") ?? undefined)).toEqual({
      device: "help.handoff.error.keyMaterial",
      keyId: "help.handoff.error.keyIdKeyMaterial",
    });
  });

  it("ignores unknown names in removed=", () => {
    expect(removedFieldErrors("form,__proto__,device")).toEqual({ device: "help.handoff.error.keyMaterial" });
  });
});
