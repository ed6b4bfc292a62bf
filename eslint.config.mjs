import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import drizzle from "eslint-plugin-drizzle";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Domain rules with no framework and no database: unit-tested alone, and some run
// in the browser too (Markdown for the editor's preview, the workflow's labels).
const pureModules = [
  "lib/validation/**",
  "lib/markdown/**",
  "lib/feeds/**",
  "lib/security/**",
  "lib/comments/rules.ts",
  "lib/comments/own-comment-rules.ts",
  "lib/comments/thread.ts",
  "lib/comments/urls.ts",
  "lib/moderation/transitions.ts",
  "lib/posts/workflow.ts",
  "lib/posts/post-input.ts",
  "lib/posts/revision-diff.ts",
  "lib/posts/updated.ts",
  "lib/settings/site.ts",
  "lib/settings/discussion.ts",
  "lib/settings/discussion-form.ts",
  "lib/settings/general-form.ts",
  "lib/settings/languages.ts",
  "lib/seo/structured-data.ts",
  "lib/seo/sitemap-xml.ts",
  "lib/users/bio.ts",
  "lib/users/account-rules.ts",
  "lib/auth/session-validity.ts",
  "lib/auth/user-agent.ts",
  "lib/permissions.ts",
  "lib/slug.ts",
  "lib/cursor.ts",
  "lib/format.ts",
  "lib/client-ip.js",
];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "drizzle/**",
      ".data/**",
      ".test-data/**",
      ".test-results/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, drizzle },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // An update or delete without a where clause touches every row.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      // Only lib/env.js reads the environment (see STYLE.md); tests and tooling set it up.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.js." },
      ],
    },
  },
  {
    files: [
      "lib/env.js",
      "instrumentation.ts",
      "**/*.test.ts",
      "db/testing/**",
      "e2e/**",
      "scripts/**",
      "bench/**",
      "playwright.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  // The layers (README, "How it fits together"): app → lib/dal → lib services →
  // db/queries → db/schema. Each rule below fails `npm run lint` on a wrong import.
  {
    files: ["db/**/*.ts"],
    ignores: ["**/*.test.ts", "db/testing/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/*", "@/app/*", "@/components/*", "**/lib/**", "**/app/**", "**/components/**"], message: "db/ is the bottom layer: it imports nothing from lib/, app/ or components/." }] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx,js}"],
    ignores: ["**/*.test.ts", ...pureModules],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "**/app/**"], message: "Only app/ knows its routes: pass actions in as props or context instead." }] },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/db", message: "Routes read and write through lib/ services, not the database.", allowTypeImports: true }],
          patterns: [
            {
              group: ["@/db/queries/*", "@/db/client", "@/db/index", "@/lib/db"],
              message: "Routes read and write through lib/ services (after the lib/dal.ts gate), never the database directly.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: pureModules,
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "server-only", message: "Pure rules run anywhere, the browser included." }],
          patterns: [
            { group: ["next", "next/*", "@/app/*", "**/app/**", "@/lib/db", "@/auth"], message: "Pure rules import neither Next.js nor the app." },
            { group: ["@/db", "@/db/*", "@/db/**"], message: "Pure rules take their data as arguments; only types may come from db/.", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ["e2e/**"],
    // Playwright fixtures are functions named like hooks that destructure `{}`.
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", setTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly" } },
  },
);
