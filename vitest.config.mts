import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside a React Server Components bundle; unit tests run in plain Node.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "emulators/**/*.test.ts",
      "components/**/*.test.ts",
      "scripts/**/*.test.ts",
      "deploy/**/*.test.ts",
      "server-entry.test.ts",
    ],
    environment: "node",
    // next-auth imports `next/server` without an extension, which Node's ESM loader does not resolve.
    server: { deps: { inline: ["next-auth"] } },
    globalSetup: ["./vitest.global-setup.ts"],
  },
});
