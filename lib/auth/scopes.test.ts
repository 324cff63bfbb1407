import { describe, expect, it } from "vitest";
import { scopesFor } from "./scopes";

describe("delegated scopes per key-access mode", () => {
  it("asks for the BitLocker scope on the person's behalf only in delegated mode", () => {
    expect(scopesFor("delegated").signIn.split(" ")).toContain("BitlockerKey.Read.All");
    expect(scopesFor("delegated").refresh.split(" ")).toContain("BitlockerKey.Read.All");
  });

  it("signs in with the smallest scopes in brokered mode: KeyDesk reads keys as its own application", () => {
    expect(scopesFor("brokered").signIn.split(" ").sort()).toEqual(
      ["email", "offline_access", "openid", "profile", "User.Read"].sort(),
    );
    expect(scopesFor("brokered").refresh).toBe("User.Read");
  });
});

describe("delegated scopes with the help-desk console", () => {
  it("adds the console's directory scopes in both modes, and the agent's own key scope in brokered mode", () => {
    expect(scopesFor("delegated", true).signIn.split(" ")).toEqual(
      expect.arrayContaining(["BitlockerKey.Read.All", "Device.Read.All", "User.ReadBasic.All"]),
    );
    for (const scopes of Object.values(scopesFor("brokered", true)))
      expect(scopes.split(" ")).toEqual(
        expect.arrayContaining(["BitlockerKey.Read.All", "Device.Read.All", "User.ReadBasic.All"]),
      );
    expect(scopesFor("delegated", false).signIn.split(" ")).not.toContain("Device.Read.All");
  });
});
