import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

const nextLink = { name: "next/link", message: "Use @/components/ui/link: it does not prefetch (see there why)." };
// Production code never loads test tooling: test support lives in test/, next to the tests.
const testTooling = {
  group: ["vitest", "vitest/**", "@playwright/test", "@/emulators/**", "**/emulators/**", "@/test/**", "@/e2e/**"],
  message: "Production code (lib/, app/, components/, proxy.ts) must not import test tooling or the emulators.",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      ".emulator/**",
      ".bench/**",
    ],
  },
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Library callbacks (oidc-provider, Auth.js) must be async even when they do not await.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // UI text comes from the message catalogue (messages/); only symbols may be written inline.
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: [
            "·",
            "—",
            "–",
            "/",
            ":",
            ".",
            "(",
            ")",
            "…",
            "→",
            "←",
            "›",
            "✔",
            "✖",
            "⚠",
            "!",
            "?",
            "*",
            "#",
            "+",
            "|",
            ",",
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through lib/env.ts.",
        },
      ],
      "no-restricted-imports": ["error", { paths: [nextLink] }],
    },
  },
  {
    files: ["lib/**", "app/**", "components/**", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [nextLink], patterns: [testTooling] }] },
  },
  { files: ["components/ui/link.tsx"], rules: { "no-restricted-imports": ["error", { patterns: [testTooling] }] } },
  {
    // Configuration, emulators and scripts run outside the app and may read process.env.
    files: [
      "lib/env.ts",
      "next.config.ts",
      "emulators/**",
      "scripts/**",
      "e2e/**",
      "e2e-scale/**",
      "test/**",
      "vitest.global-setup.ts",
      "playwright.config.ts",
      "playwright.scale.config.ts",
      "vitest.config.mts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  { files: ["**/*.mjs"], ...tseslint.configs.disableTypeChecked },
);
