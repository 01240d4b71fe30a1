/**
 * `npm start`: check the environment (lib/env.ts; a bad value → exit 1), build if needed, migrate, seed,
 * then serve. `--dev` runs `next dev` instead.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ensureAuthSecret, prepareData } from "./prepare-data";

const dev = process.argv.includes("--dev");
const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

async function main() {
  // First, before any build or database work: a bad value stops here with exit 1 (see main().catch).
  const { PORT, NEXT_DIST_DIR, NEXTAUTH_URL: url, NEWSDESK_DEMO_PASSWORD } = env();
  const port = String(PORT);
  if (!dev && !fs.existsSync(path.join(NEXT_DIST_DIR, "BUILD_ID"))) {
    console.log("Newsdesk: no production build yet — running `next build` (a minute or two)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const { file, seed } = await prepareData();
  const secret = ensureAuthSecret(path.dirname(file));
  console.log(`Newsdesk: database ${file}`);
  if (seed.usersCreated.length) console.log(`Newsdesk: demo accounts created: ${seed.usersCreated.join(", ")}`);
  if (seed.editionCreated) console.log(`Newsdesk: seed edition loaded: ${seed.stories} stories, ${seed.elements} page elements`);
  for (const w of seed.warnings) console.log(`Newsdesk: seed warning: ${w}`);

  // Production: scripts/serve.ts (Next's handler behind our own HTTP server, which knows the client's real
  // address; keep-alive 65 s there too). Development: `next dev`, which trusts X-Forwarded-For as sent.
  const [command, serve] = dev ? [nextBin, ["dev", "-p", port]] : [process.execPath, [tsxCli, path.join(import.meta.dirname, "serve.ts")]];
  const child = spawn(command, serve, {
    stdio: "inherit",
    env: { ...process.env, PORT: port, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, DATABASE_PATH: file },
  });
  console.log(`Newsdesk: sign in at ${url}/login  (demo logins: chief, liqiang, limeng, xiaohui, admin; password "${NEWSDESK_DEMO_PASSWORD === "newsdesk" ? "newsdesk" : "$NEWSDESK_DEMO_PASSWORD"}")`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(`Newsdesk: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
