import { describe, expect, it } from "vitest";
import { appCredentialSettings } from "./app-credential-settings";

const TENANT = "5c8e2d71-9a4f-4b36-8e1d-2f7a6c0b9d54";
const base = {
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://login.microsoftonline.us/${TENANT}/v2.0`,
  AUTH_MICROSOFT_ENTRA_ID_ID: "6a1d9f3e-4b2c-4e8a-9d7f-0c5b8e2a1f63",
  AUTH_MICROSOFT_ENTRA_ID_SECRET: "sign-in-secret",
};

describe("KeyDesk's application credential", () => {
  it("defaults to the sign-in app's id and secret, in the issuer's tenant and cloud", () => {
    expect(appCredentialSettings(base)).toEqual({
      kind: "secret",
      tenantId: TENANT,
      clientId: base.AUTH_MICROSOFT_ENTRA_ID_ID,
      authorityHost: "https://login.microsoftonline.us",
      secret: "sign-in-secret",
    });
  });

  it("prefers a federated token file to a certificate, and a certificate to a secret", () => {
    const certificate = { ...base, GRAPH_APP_CERTIFICATE_PATH: "/run/keydesk.pem", GRAPH_APP_CLIENT_SECRET: "s" };
    expect(appCredentialSettings(certificate)).toMatchObject({
      kind: "certificate",
      certificatePath: "/run/keydesk.pem",
    });
    expect(appCredentialSettings({ ...certificate, AZURE_FEDERATED_TOKEN_FILE: "/var/run/token" })).toMatchObject({
      kind: "federated",
      tokenFile: "/var/run/token",
    });
  });

  it("uses a separate application when IT registered one", () => {
    const separate = {
      ...base,
      GRAPH_APP_CLIENT_ID: "2b7e5c1a-8d4f-4a3e-b6c9-1f0d7e3a5b48",
      GRAPH_APP_CLIENT_SECRET: "app",
    };
    expect(appCredentialSettings(separate)).toMatchObject({ clientId: separate.GRAPH_APP_CLIENT_ID, secret: "app" });
  });
});
