import { describe, expect, it } from "vitest";
import { envFilesFor, loadSettings } from "./env-files";
import { runDoctor } from "./run";

describe("where the doctor reads settings from", () => {
  it("uses the .env files Next.js reads, most specific first, with the environment winning", () => {
    expect(envFilesFor("production")).toEqual([".env.production.local", ".env.local", ".env.production", ".env"]);
    const files: Record<string, string> = {
      ".env": "ORG_NAME=From .env\nHELPDESK_PHONE=+1 555 0100\n",
      ".env.local": "ORG_NAME=From .env.local\n",
    };
    const { source, read } = loadSettings(
      { HELPDESK_PHONE: "+1 555 0199" },
      envFilesFor("production"),
      (f) => files[f] ?? null,
    );
    expect(read).toEqual([".env.local", ".env"]);
    expect(source).toMatchObject({ ORG_NAME: "From .env.local", HELPDESK_PHONE: "+1 555 0199" });
  });

  it("reports an unreadable KEYDESK_CONFIG_FILE as a problem with a fix, without crashing", async () => {
    const results = await runDoctor(
      { KEYDESK_CONFIG_FILE: "/etc/keydesk/settings.json", GRAPH_BASE_URL: "http://graph.invalid" },
      { readFile: () => "{ not json" },
    );
    const problem = results.find((r) => r.id === "variables.KEYDESK_CONFIG_FILE");
    expect(problem?.status).toBe("error");
    expect(problem?.message).toMatch(/could not be read as JSON/);
  });
});
