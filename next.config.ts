import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";
import { staticHeaderRules } from "./lib/security/headers";

// A bad configuration should fail the build with a readable message, not the first sign-in.
// Container builds that get their settings only at run time set SKIP_ENV_VALIDATION=1.
if (!process.env.SKIP_ENV_VALIDATION) parseEnv(process.env);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  output: "standalone",
  experimental: { taint: true },
  // Responses the proxy does not see still carry their security headers (lib/security/headers.ts).
  headers: async () => staticHeaderRules(),
};

export default nextConfig;
