import next from "eslint-config-next";

const config = [
  ...next,
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts"] },
  {
    // db/ sits below seeds/, app/ and components/ (README "Architecture"): it imports only lib/ and itself.
    files: ["db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/seeds", "@/seeds/**", "**/seeds", "**/seeds/**", "@/app/**", "**/app/**", "@/components/**", "**/components/**", "@/scripts/**", "**/scripts/**", "@/e2e/**", "**/e2e/**"],
              message: "db/ may import only lib/ and db/ (tests get the seed through db/test-db.ts makeSeededDb).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
