import { describe, expect, it } from "vitest";
import { catalogues, LOCALES } from "./catalogue";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:[},])/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const english = catalogues.en;
  const keys = Object.keys(english).sort();

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every message English has, and no others", (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(keys);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s keeps every placeholder of the English text", (locale) => {
    const broken = keys.filter((key) => {
      const translated = catalogues[locale][key as keyof typeof english];
      return (
        translated !== undefined &&
        placeholders(translated).join() !== placeholders(english[key as keyof typeof english] ?? "").join()
      );
    });
    expect(broken).toEqual([]);
  });

  it("has no empty English message", () => {
    expect(Object.entries(english).filter(([, text]) => !text.trim())).toEqual([]);
  });
});
