import { describe, expect, it } from "vitest";
import { GraphHttpError } from "./errors";
import { parseDeviceIdFilter } from "./odata/filter";
import { nextLink, paginate } from "./odata/paging";
import { parseQuery } from "./odata/query";
import { parseSelect, project } from "./odata/select";

const GUID = "1ab40ab2-32a8-4b00-b6b5-ba724e407de9";

describe("parseDeviceIdFilter", () => {
  it("accepts exactly deviceId eq '<guid>' and lower-cases the guid", () => {
    expect(parseDeviceIdFilter(`deviceId eq '${GUID.toUpperCase()}'`)).toBe(GUID);
    expect(parseDeviceIdFilter(`  deviceId  eq  '${GUID}' `)).toBe(GUID);
    expect(parseDeviceIdFilter(undefined)).toBeNull();
  });

  it.each([
    `deviceId eq '${GUID}' or 1 eq 1`,
    `deviceId eq '${GUID}' and deviceId eq '${GUID}'`,
    `(deviceId eq '${GUID}')`,
    `deviceId eq ${GUID}`,
    `deviceId eq '${GUID}''`,
    `deviceId eq '${GUID}'; drop`,
  ])("refuses %s", (clause) => {
    expect(() => parseDeviceIdFilter(clause)).toThrow(GraphHttpError);
  });
});

describe("parseQuery", () => {
  it("decodes names and values, lower-cases system option names", () => {
    const query = parseQuery("%24select=id%2Ckey&$Filter=a+b&custom=1", "bitlocker");
    expect(query.options.get("$select")).toBe("id,key");
    expect(query.options.get("$filter")).toBe("a b");
    expect(query.options.has("custom")).toBe(false);
  });

  it("refuses a repeated system option and bad percent-encoding", () => {
    expect(() => parseQuery("$select=id&$SELECT=key", "bitlocker")).toThrow(/more than once/);
    expect(() => parseQuery("$filter=%E0%A4%A", "bitlocker")).toThrow(GraphHttpError);
  });
});

describe("$select", () => {
  it("returns canonical names and keeps id and @odata.type when projecting", () => {
    const select = parseSelect("DISPLAYNAME", ["id", "displayName", "model"], "t", "directory");
    expect(select).toEqual(["displayName"]);
    expect(project({ "@odata.type": "#t", id: "1", displayName: "x", model: "m" }, select)).toEqual({
      "@odata.type": "#t",
      id: "1",
      displayName: "x",
    });
  });

  it("refuses empty and unknown names", () => {
    expect(() => parseSelect("id,", ["id"], "t", "directory")).toThrow(GraphHttpError);
    expect(() => parseSelect("nope", ["id"], "t", "directory")).toThrow(/Could not find a property named 'nope'/);
  });
});

describe("paging", () => {
  const items = Array.from({ length: 5 }, (_, i) => i);
  const request = { scope: ["x", "user"], pageSize: 2, family: "directory" as const };

  it("walks every item exactly once", () => {
    const seen: number[] = [];
    let token: string | undefined;
    do {
      const page = paginate(items, { ...request, skiptoken: token });
      seen.push(...page.items);
      token = page.nextSkiptoken ?? undefined;
    } while (token);
    expect(seen).toEqual(items);
  });

  it("refuses tokens from another scope or tampered with", () => {
    const token = paginate(items, { ...request, skiptoken: undefined }).nextSkiptoken ?? "";
    expect(() => paginate(items, { ...request, scope: ["x", "other"], skiptoken: token })).toThrow(GraphHttpError);
    expect(() => paginate(items, { ...request, skiptoken: `${token}x` })).toThrow(GraphHttpError);
    expect(() => paginate(items, { ...request, skiptoken: "garbage" })).toThrow(GraphHttpError);
  });

  it("builds an absolute nextLink that replaces any previous skip token", () => {
    const query = parseQuery("$select=id&$skiptoken=old", "directory");
    expect(nextLink("https://graph.test/", "/v1.0/me/ownedDevices", query, "new")).toBe(
      "https://graph.test/v1.0/me/ownedDevices?$select=id&$skiptoken=new",
    );
  });
});
