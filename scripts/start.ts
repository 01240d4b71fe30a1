/**
 * `npm start`: check the environment (lib/env.ts; a bad value → exit 1), build if needed, migrate, seed,
 * then serve. `--dev` runs `next dev` instead; `--demo` (or NEWSDESK_DEMO=1) creates the demo accounts.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ensureAuthSecret, prepareData, signInHelp } from "./prepare-data";

const dev = process.argv.includes("--dev");
const demoFlag = process.argv.includes("--demo");
const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");

async function main() {
  // First, before any build or database work: a bad value stops here with exit 1 (see main().catch).
  const { PORT, NEXT_DIST_DIR, NEXTAUTH_URL: url, NEWSDESK_DEMO, NEWSDESK_DEMO_PASSWORD, NEWSDESK_ADMIN_PASSWORD } = env();
  const port = String(PORT);
  if (!dev && !fs.existsSync(path.join(NEXT_DIST_DIR, "BUILD_ID"))) {
    console.log("Newsdesk: no production build yet — running `next build` (a minute or two)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const { file, seed, demo, publicPasswords } = await prepareData({ demo: demoFlag || NEWSDESK_DEMO === true, dev, adminPassword: NEWSDESK_ADMIN_PASSWORD });
  const secret = ensureAuthSecret(path.dirname(file));
  console.log(`Newsdesk: database ${file}`);
  if (demo && seed.usersCreated.length) console.log(`Newsdesk: demo accounts created: ${seed.usersCreated.join(", ")}`);
  if (seed.editionCreated) console.log(`Newsdesk: seed edition loaded: ${seed.stories} stories, ${seed.elements} page elements`);
  for (const w of seed.warnings) console.log(`Newsdesk: seed warning: ${w}`);

  // Idle keep-alive connections stay open 65 s (Node's default is 5 s): a client (or a proxy) reusing a
  // socket the server is just closing gets ECONNRESET, which the e2e suite's long-lived API clients hit.
  const serve = dev ? ["dev", "-p", port] : ["start", "-p", port, "--keepAliveTimeout", "65000"];
  const child = spawn(nextBin, serve, {
    stdio: "inherit",
    env: { ...process.env, PORT: port, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, DATABASE_PATH: file },
  });
  for (const line of signInHelp({ url, demo, seed, demoPassword: NEWSDESK_DEMO_PASSWORD, publicPasswords })) console.log(line);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(`Newsdesk: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
