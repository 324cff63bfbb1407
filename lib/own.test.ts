import { describe, expect, it } from "vitest";
import { PROTOTYPE_KEYS } from "@/test/prototype-keys";
import { ownEntry } from "./own";

describe("ownEntry", () => {
  const table = { a: 1, default: 2 };
  it("finds own entries", () => {
    expect(ownEntry(table, "a")).toBe(1);
    expect(ownEntry(table, "default")).toBe(2);
  });
  it.each(PROTOTYPE_KEYS)("does not find Object.prototype's %s", (key) => expect(ownEntry(table, key)).toBeUndefined());
  it("answers missing keys with undefined", () => {
    expect(ownEntry(table, "b")).toBeUndefined();
    expect(ownEntry(table, undefined)).toBeUndefined();
    expect(ownEntry(table, null)).toBeUndefined();
  });
});
