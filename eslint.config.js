// @ts-check
// Lint configuration (ADR 0010). Type-aware rules from typescript-eslint run on src/, tests/ and bench/;
// React hook rules on the web bundles. Style is left to the formatter: only rules that find bugs.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "data/", "drizzle/", "public/", "node_modules/", ".tmp/", "bench/results/", "coverage/"]),
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // JSX handlers may return a promise (onSubmit={async () => …}); React ignores it.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { args: "after-used", argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      // Services are plain objects of closures made by factories (ARCHITECTURE.md), never classes: passing
      // `notifications.enqueue` around is the design, and no service method uses `this`.
      "@typescript-eslint/unbound-method": "off",
      // Route handlers and store interfaces are async by contract even when one implementation has nothing to
      // await; dropping `async` would turn its rejections into synchronous throws.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    // The duplicate scorer's hot loops (and the benchmarks) join assignments with commas,
    // `(w += x), (m |= bit)`, to keep one branch per line; the rule cannot tell that from a dropped value.
    files: ["src/server/modules/duplicates/match-*.ts", "src/server/modules/duplicates/pair-finder.ts", "bench/**"],
    rules: { "@typescript-eslint/no-unused-expressions": "off" },
  },
  {
    // Tests and benchmarks read untyped JSON (`res.json()`, `JSON.parse`) and check it with `expect`; typing
    // every response would add casts, not safety. Explicit `any` stays forbidden there too.
    files: ["tests/**", "bench/**", "**/*.test.{ts,tsx}", "**/*.int.test.ts", "**/*.e2e.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // `res.json() as Pair` and `(await db.execute(q)) as unknown as { rows }` are the tests' idiom for
      // reading a response; the rule wants `json<Pair>()` instead, which says the same.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // A missing dependency is a stale-value bug: an error, not a warning nobody reads.
      "react-hooks/exhaustive-deps": "error",
      // This rule treats any hook result that carries a ref (useFormProblems() returns formRef beside its
      // texts, Mantine's useForm likewise) as a ref, and flags every read of the other fields during render.
      // It exists for the React Compiler, which this build does not use.
      "react-hooks/refs": "off",
    },
  },
  {
    // Plain JavaScript at the root (this file, dependency-cruiser's): no type information.
    files: ["**/*.{js,cjs,mjs}"],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
