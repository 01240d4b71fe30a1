import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "db/**/*.test.ts", "seeds/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Loads the seed once; db tests that need the seed page copy that database (db/test-db.ts makeSeededDb).
    globalSetup: ["seeds/seed-test-template.ts"],
  },
});
