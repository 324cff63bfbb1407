import { describe, expect, it } from "vitest";
import { parseHelpdeskQuery } from "./query";

const KEY_ID = "4290B6C0-B17A-497A-8552-272CC30E80D4";

describe("reading the console's search boxes", () => {
  it("a full Key ID is one direct read, whatever the PC box says, forgiving like the self-service box", () => {
    expect(parseHelpdeskQuery(KEY_ID, "")).toEqual({
      ok: true,
      query: { by: "key-id", keyId: KEY_ID.toLowerCase(), corrections: [] },
    });
    const typed = parseHelpdeskQuery(" Recovery key ID: 429Ob6c0 b17a 497a 8552 272cc3OE80d4 ", "ADELE-PC");
    expect(typed).toMatchObject({ ok: true, query: { by: "key-id", keyId: KEY_ID.toLowerCase() } });
    expect(typed.ok && typed.query.corrections).toEqual([{ from: "O", to: "0" }]);
  });

  it("the first 8+ characters need the PC name or the person, never a tenant-wide listing", () => {
    expect(parseHelpdeskQuery("4290B6C0", "")).toEqual({ ok: false, error: "prefix-needs-pc" });
    expect(parseHelpdeskQuery("4290B6C0", " contoso-lt ")).toEqual({
      ok: true,
      query: { by: "pc", name: "contoso-lt", keyPrefix: "4290b6c0", corrections: [] },
    });
    expect(parseHelpdeskQuery("4290-B6C0", "Adele.Vance@Contoso.example")).toEqual({
      ok: true,
      query: { by: "person", signInName: "adele.vance@contoso.example", keyPrefix: "4290b6c0", corrections: [] },
    });
    expect(parseHelpdeskQuery("4290B6", "PC")).toEqual({ ok: false, error: "key-id-too-short" });
    expect(parseHelpdeskQuery("4290B6CZ", "PC")).toEqual({ ok: false, error: "key-id-invalid" });
  });

  it("a PC name by prefix, quotes and spaces around it dropped; nothing that could change an OData string", () => {
    expect(parseHelpdeskQuery("", "“CONTOSO-WS”")).toMatchObject({ ok: true, query: { by: "pc", name: "CONTOSO-WS" } });
    expect(parseHelpdeskQuery("", "PC') or true or ('")).toEqual({ ok: false, error: "pc-name-invalid" });
    expect(parseHelpdeskQuery("", "a".repeat(65))).toEqual({ ok: false, error: "pc-name-invalid" });
    expect(parseHelpdeskQuery("", "   ")).toEqual({ ok: false, error: "empty" });
  });

  it("a sign-in name must look like one", () => {
    expect(parseHelpdeskQuery("", "adele@")).toEqual({ ok: false, error: "sign-in-name-invalid" });
    expect(parseHelpdeskQuery("", "a/b@contoso.example")).toEqual({ ok: false, error: "sign-in-name-invalid" });
  });
});
